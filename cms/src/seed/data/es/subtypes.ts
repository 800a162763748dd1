import { bullets, heading, paragraph, type SeedTranslation } from '../../types';

/** Subtype pages in Spanish, keyed by their English slug. */
export const subtypes: SeedTranslation['subtypes'] = {
  'hr-positive-her2-negative': {
    slug: 'rh-positivo-her2-negativo',
    name: 'Receptores hormonales positivos, HER2 negativo',
    shortName: 'RH+/HER2−',
    summary:
      'Este es el tipo más común de cáncer de mama metastásico. Las células del cáncer usan hormonas para crecer y no producen HER2 de más. El tratamiento casi siempre empieza con terapia hormonal más una pastilla dirigida. Muchas personas viven bien con ella durante años.',
    body: [
      paragraph(
        'Unos 7 de cada 10 cánceres de mama tienen receptores hormonales positivos (RH+) y son HER2 negativos. RH+ quiere decir que las células del cáncer tienen receptores de estrógeno (RE+), de progesterona (RP+) o de los dos. Estos cánceres usan hormonas para crecer. Por eso, los fármacos que bajan o bloquean el estrógeno los pueden controlar.',
      ),
      paragraph(
        'Muchos de estos cánceres son HER2 bajos. Esto quiere decir que tienen un poco de HER2. El HER2 bajo sigue siendo HER2 negativo, pero abre paso a un tratamiento más.',
      ),
      heading(3, 'Cómo se trata casi siempre'),
      bullets(
        'Primer tratamiento: terapia hormonal, como un inhibidor de la aromatasa o el fulvestrant, con una pastilla inhibidora de CDK4/6.',
        'Siguientes tratamientos: las pruebas de genes del tumor o de la sangre guían la elección. Si el cáncer tiene un cambio en ESR1, puede ayudar una pastilla hormonal más nueva: elacestrant, imlunestrant o vepdegestrant.',
        'Otras opciones son el fulvestrant, un inhibidor de PI3K o de AKT, o el everolimús. Algunas personas toman abemaciclib con fulvestrant. Las personas que nacieron con un cambio en BRCA1 o BRCA2 pueden tomar un inhibidor de PARP.',
        'Cuando los fármacos hormonales dejan de funcionar, se usan conjugados de anticuerpo y fármaco o quimioterapia. Si su cáncer es HER2 bajo o ultrabajo, lea también la página de HER2 bajo.',
      ),
      heading(3, 'Si usted no ha pasado por la menopausia'),
      paragraph(
        'Sus ovarios todavía producen estrógeno. Por eso su terapia hormonal incluirá la supresión de los ovarios. Es una inyección cada mes o cada 3 meses que hace que los ovarios dejen de producir estrógeno. Algunas personas, en cambio, se operan para sacarse los ovarios. Los hombres que toman un inhibidor de la aromatasa reciben una inyección hormonal parecida.',
      ),
      paragraph(
        'La terapia hormonal puede mantener este tipo de cáncer bajo control por mucho tiempo. A menudo tiene menos efectos secundarios que la quimioterapia. Puede que el cáncer crezca rápido o dañe un órgano como el hígado. Entonces su médico puede sugerir primero la quimioterapia.',
      ),
      paragraph(
        'La radiación y los fármacos que fortalecen los huesos ayudan con el cáncer en los huesos en cualquier momento. Hay ensayos clínicos abiertos para personas en cada paso.',
      ),
    ],
    seo: {
      metaTitle: 'Cáncer de mama metastásico RH+/HER2 negativo',
      metaDescription: 'Qué es el cáncer de mama metastásico RH+/HER2 negativo y cómo se trata, desde la terapia hormonal con pastillas dirigidas hasta la quimioterapia.',
    },
  },
  'her2-positive': {
    slug: 'her2-positivo',
    name: 'HER2 positivo',
    shortName: 'HER2+',
    summary:
      'En el cáncer de mama HER2 positivo, las células producen demasiada cantidad de una proteína llamada HER2. El HER2 ayuda a crecer al cáncer. Los fármacos que atacan el HER2 funcionan muy bien. Muchas personas viven años con este tipo de cáncer metastásico.',
    body: [
      paragraph(
        'Unos 15 a 20 de cada 100 cánceres de mama son HER2 positivos. Las células del cáncer tienen demasiadas copias del gen HER2. Por eso producen demasiada proteína HER2. Una prueba de laboratorio en una muestra del tumor lo muestra. Los cánceres HER2 positivos pueden ser o no ser también RH+.',
      ),
      heading(3, 'Cómo se trata casi siempre'),
      bullets(
        'Primer tratamiento: hay dos opciones principales. Una son dos anticuerpos contra el HER2, trastuzumab y pertuzumab, con una quimioterapia con taxano. La otra es pertuzumab con trastuzumab deruxtecán, un conjugado de anticuerpo y fármaco.',
        'Con la primera opción, la quimioterapia a menudo se para después de varios meses. Los anticuerpos siguen. Si el cáncer también es RH+, se puede añadir terapia hormonal.',
        'Siguiente tratamiento: a menudo trastuzumab deruxtecán, si no lo recibió primero.',
        'Tratamientos más adelante: tucatinib con trastuzumab y capecitabina, el conjugado de anticuerpo y fármaco T-DM1, u otros fármacos contra el HER2 con quimioterapia.',
      ),
      heading(3, 'Metástasis en el cerebro'),
      paragraph(
        'El cáncer HER2 positivo se extiende al cerebro más a menudo que otros tipos. Avise a su equipo si tiene dolores de cabeza nuevos, cambios en la vista, debilidad o problemas de equilibrio. Una RM lo puede revisar. La radiación, la cirugía y algunos fármacos contra el HER2 pueden tratar el cáncer en el cerebro.',
      ),
    ],
  },
  'her2-low': {
    slug: 'her2-bajo',
    name: 'HER2 bajo',
    shortName: 'HER2 bajo',
    summary:
      'Los cánceres HER2 bajos tienen un poco de proteína HER2. No son HER2 positivos. Son parte del grupo HER2 negativo. Pueden ser RH+ o triple negativos. El HER2 bajo importa porque un fármaco, el trastuzumab deruxtecán, los puede tratar.',
    body: [
      paragraph('Una prueba de HER2 da un puntaje de 0 a 3+. El puntaje dice en qué grupo está el cáncer:'),
      bullets(
        '3+ es HER2 positivo.',
        '2+ necesita otra prueba, llamada ISH o FISH. Cuenta las copias del gen HER2. Si hay copias de más, el cáncer es HER2 positivo. Si no, es HER2 bajo.',
        '1+ es HER2 bajo.',
        '0 es HER2 negativo. Algunos laboratorios informan «ultrabajo» cuando ven una tinción muy tenue en unas pocas células.',
      ),
      paragraph(
        'El HER2 bajo y el ultrabajo son parte del HER2 negativo. No son una enfermedad aparte. Cerca de la mitad de todos los cánceres de mama son HER2 bajos. Casi todos son también RH+, y algunos son triple negativos. Por eso, lea también la página de ese subtipo. Su primer tratamiento seguirá esa página.',
      ),
      heading(3, 'Por qué importa el HER2 bajo'),
      bullets(
        'Los fármacos estándar contra el HER2, como el trastuzumab, no ayudan en el cáncer HER2 bajo.',
        'El conjugado de anticuerpo y fármaco trastuzumab deruxtecán sí ayuda. En el cáncer RH+, se usa después de la terapia hormonal, en el HER2 bajo y en el ultrabajo. En el cáncer triple negativo, se usa después de la quimioterapia.',
        'Los niveles de HER2 pueden cambiar con el tiempo. Pueden ser distintos en el primer tumor y en una metástasis. Por eso, una biopsia nueva, o volver a mirar una muestra vieja, puede cambiar el resultado.',
      ),
    ],
  },
  'triple-negative': {
    slug: 'triple-negativo',
    name: 'Triple negativo',
    shortName: 'Triple negativo',
    summary:
      'El cáncer de mama triple negativo no tiene receptores de estrógeno ni de progesterona, ni HER2 de más. Por eso, la terapia hormonal y los fármacos estándar contra el HER2 no funcionan en él. Pero la quimio, la inmunoterapia y otros fármacos sí.',
    body: [
      paragraph(
        'Alrededor de 1 de cada 8 cánceres de mama es triple negativo. Es más común en personas menores de 40 años y en mujeres de raza negra. También es más común en quienes nacieron con un cambio en el gen BRCA1. Suele crecer más rápido que otros tipos. Por eso, el tratamiento a menudo empieza pronto.',
      ),
      paragraph(
        'La quimioterapia (quimio) es un tipo principal de tratamiento. Otro es un conjugado de anticuerpo y fármaco, o ADC. Un ADC es un anticuerpo que lleva la quimio directo a las células del cáncer.',
      ),
      heading(3, 'Cómo se elige el primer tratamiento'),
      paragraph(
        'Una prueba de laboratorio del tumor busca una proteína llamada PD-L1. La prueba da un puntaje. Si es 10 o más, la prueba es positiva. Su médico también le pregunta cuándo volvió el cáncer. Puede que volviera poco después de tratar un cáncer de mama temprano. Entonces, algunos fármacos que recibió en ese momento quizás no funcionen tan bien ahora.',
      ),
      bullets(
        'Si la prueba de PD-L1 es positiva: inmunoterapia con pembrolizumab. Se da con quimio o con un ADC llamado sacituzumab govitecán.',
        'Si la prueba es negativa, o la inmunoterapia no es adecuada para usted: un ADC solo. Puede ser sacituzumab govitecán o datopotamab deruxtecán. La quimio es otra opción.',
        'Las personas que nacieron con un cambio en BRCA1 o BRCA2 pueden tomar una pastilla inhibidora de PARP.',
      ),
      heading(3, 'Tratamientos más adelante'),
      paragraph(
        'Más adelante, puede recibir otro ADC o quimio. Si el cáncer es HER2 bajo, el ADC trastuzumab deruxtecán es una opción más.',
      ),
      paragraph(
        'Este tipo tiene menos opciones estándar que los otros. Por eso, los ensayos clínicos son aún más importantes. Pregunte a su médico por los ensayos en cada paso, incluso en el primero.',
      ),
    ],
  },
};
