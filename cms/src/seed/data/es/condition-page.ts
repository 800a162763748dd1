import { bullets, paragraph, type SeedTranslation } from '../../types';

/** The overview page in Spanish: the English page's facts and advice, in plain words. */
export const conditionPage: SeedTranslation['conditionPage'] = {
  title: 'Cáncer de mama metastásico (estadio IV)',
  intro:
    'El cáncer de mama metastásico se ha extendido más allá de la mama y de los ganglios cercanos a otras partes del cuerpo. Puede estar en los huesos, el hígado, los pulmones o el cerebro. También se llama cáncer de mama en estadio IV. En la mayoría de los casos, no se puede curar. Pero sí se puede tratar, y muchas personas viven bien con él durante años. Nuestro equipo le ayudará a conocer su cáncer, sus opciones y la ayuda que puede recibir.',
  goalsOfCare: [
    {
      title: 'Mantener el cáncer bajo control',
      text: 'Usamos medicinas y otros tratamientos que achican el cáncer o hacen que deje de crecer. Si el cáncer cambia, cambiamos el plan.',
    },
    {
      title: 'Darle más tiempo',
      text: 'Los nuevos tratamientos han ayudado a muchas personas a vivir más tiempo con este cáncer. Le ofrecemos la mejor atención estándar y también ensayos de fármacos nuevos.',
    },
    {
      title: 'Aliviar los síntomas a tiempo',
      text: 'Tratamos el dolor, el cansancio, la falta de aire y otros problemas en cuanto empiezan. No importa si vienen del cáncer o de su tratamiento.',
    },
    {
      title: 'Adaptar la atención a su vida',
      text: 'Díganos qué es lo que más le importa, como el trabajo, la familia, los viajes o un pasatiempo. Haremos su plan de atención en torno a eso.',
    },
  ],
  newlyDiagnosed: {
    heading: '¿Le acaban de dar el diagnóstico?',
    text: 'Llámenos o envíe una solicitud. Una enfermera navegadora le llamará en un plazo de un día hábil. Pediremos sus registros médicos y sus imágenes, y le responderemos las primeras dudas. Luego le daremos una cita con un médico de cáncer de mama, casi siempre en una semana o menos.',
    linkLabel: 'Pida una cita',
    linkHref: '/appointments/',
  },
  secondOpinion: {
    heading: '¿Quiere una segunda opinión?',
    text: 'Una segunda opinión puede confirmar su diagnóstico y su plan. También puede mostrar otras opciones, como los ensayos clínicos. Nuestros médicos trabajan con su médico de cáncer local. Así, a menudo puede seguir con su tratamiento cerca de casa.',
    linkLabel: 'Pida una segunda opinión',
    linkHref: '/second-opinion/',
  },
  whyChooseUs: [
    {
      title: 'Expertos que planean juntos su atención',
      text: 'Cada semana se reúnen nuestros médicos de cáncer, cirujanos y médicos de radiación, de imágenes y de laboratorio. Ven las pruebas de cada persona y acuerdan un plan. Otro grupo ve los resultados de las pruebas de genes y busca fármacos o ensayos que vayan con ellos.',
    },
    {
      title: 'Segundas opiniones sin alejarse de casa',
      text: 'Vemos sus registros y le atendemos en persona o por video. Luego enviamos un plan claro a su propio médico de cáncer. Así puede seguir con su tratamiento cerca de casa.',
    },
    {
      title: 'Atención del cáncer en los huesos',
      text: 'Los médicos de cáncer, de radiación, de imágenes y de cuidados paliativos trabajan como un solo equipo. Alivian el dolor de huesos y ayudan a evitar que se rompan. Si un hueso necesita cirugía, trabajamos con cirujanos de huesos de hospitales cercanos.',
    },
    {
      title: 'Atención del cáncer en el cerebro',
      text: 'Puede ver a un médico de cáncer del cerebro (neurooncólogo) y a un médico de radiación el mismo día. Si la cirugía puede ayudar, trabajamos con cirujanos del cerebro de hospitales cercanos.',
    },
    {
      title: 'Ensayos clínicos',
      text: 'Hacemos estudios de tratamientos nuevos para cada subtipo de cáncer de mama metastásico. Se hacen en varias de nuestras clínicas.',
    },
    {
      title: 'Ayuda para usted y su familia',
      text: 'Su atención incluye grupos de apoyo, terapia familiar y consejería. También incluye cuidados paliativos, ayuda con la comida y la dieta, trabajo social, apoyo espiritual y ayuda con los costos.',
    },
  ],
  sections: [
    {
      anchor: 'que-es-el-estadio-iv',
      heading: 'Qué quiere decir estadio IV',
      body: [
        paragraph(
          'El cáncer de mama está en estadio IV cuando sus células han viajado de la mama a otros órganos. Las células de cáncer de mama en el hueso siguen siendo cáncer de mama, no cáncer de hueso. Se tratan con fármacos para el cáncer de mama.',
        ),
        paragraph(
          'Algunas personas tienen cáncer en estadio IV desde el primer diagnóstico. Es más común que vuelva meses o años después de tratar un cáncer de mama temprano. No es su culpa. No quiere decir que su tratamiento de antes estuvo mal.',
        ),
        paragraph(
          'El cáncer de mama en estadio IV se trata como una enfermedad a largo plazo. El tratamiento suele durar años y cambia con el tiempo. La meta es mantener el cáncer bajo control mientras usted vive su vida.',
        ),
      ],
    },
    {
      anchor: 'como-se-diagnostica',
      heading: 'Pruebas que encuentran y describen el cáncer',
      body: [
        paragraph('Su equipo usa varios tipos de pruebas. Muestran dónde está el cáncer y de qué tipo es:'),
        bullets(
          'Las imágenes, como radiografías, TC, gammagrafías de huesos, PET/TC y RM, muestran a dónde se ha ido el cáncer.',
          'Una biopsia toma una muestra de una de las zonas. Muestra si esa zona es cáncer de mama.',
          'Las pruebas de laboratorio de la muestra buscan receptores de estrógeno y de progesterona (RE y RP) y HER2.',
          'Las pruebas de genes del tumor o de la sangre buscan cambios que algunos fármacos pueden atacar.',
          'Los análisis de sangre miden sus células de la sangre, el hígado, los riñones y el calcio. Algunas personas también tienen pruebas de marcadores tumorales, como el CA 15-3. Estas pueden ayudar a ver si el tratamiento funciona.',
        ),
      ],
    },
    {
      anchor: 'subtipos',
      heading: 'Tipos de cáncer de mama',
      body: [
        paragraph(
          'Los cánceres de mama se agrupan por sus receptores. El tipo guía el tratamiento más que ninguna otra cosa. Hay tres grupos principales:',
        ),
        bullets(
          'RH+/HER2 negativo: el cáncer tiene receptores hormonales, pero no HER2 de más. Los receptores hormonales son RE, RP o los dos.',
          'HER2 positivo: el cáncer produce demasiado HER2. También puede tener receptores hormonales.',
          'Triple negativo: las tres pruebas (RE, RP y HER2) son negativas',
        ),
        paragraph(
          'Muchos cánceres HER2 negativos tienen un poco de HER2. Esto se llama HER2 bajo. No es un grupo aparte. Se ve tanto en el cáncer RH+ como en el triple negativo. Puede abrir paso a un tratamiento más.',
        ),
        paragraph(
          'Algunos cánceres piden más cuidado. El cáncer de mama lobulillar suele ir al vientre, a los huesos o a la capa que cubre los órganos. Puede ser difícil de ver en las imágenes. Los hombres también tienen cáncer de mama, y casi siempre es RH+. En las personas mayores, vemos su salud general y su fuerza para elegir un plan que les sirva.',
        ),
      ],
    },
    {
      anchor: 'tratamiento',
      heading: 'Tratamiento',
      body: [
        paragraph(
          'Casi todo el tratamiento usa medicinas que llegan al cáncer en cualquier parte del cuerpo. Cuáles recibe depende de su tipo de cáncer y de sus tratamientos de antes. También depende de sus pruebas de genes, su salud y sus deseos.',
        ),
        bullets(
          'Terapia hormonal, a menudo con un fármaco dirigido como un inhibidor de CDK4/6, para el cáncer RH+',
          'Fármacos contra el HER2 para el cáncer HER2 positivo. Se dan en pastilla, en inyección o por la vena (IV), a menudo con quimio.',
          'Conjugados de anticuerpo y fármaco (ADC), que llevan la quimio directo a las células del cáncer. Se usan en todos los tipos. Pueden ser el primer tratamiento del cáncer HER2 positivo y del triple negativo.',
          'Inmunoterapia, con quimio o con un ADC, para algunos cánceres triple negativos',
          'Quimioterapia (quimio), que se puede usar en cualquier tipo',
          'Radiación y, menos a menudo, cirugía para tratar zonas con dolor o para proteger la columna y el cerebro',
        ),
        paragraph(
          'Tendrá imágenes y análisis de sangre de forma regular. Puede que un tratamiento deje de funcionar o cause demasiados efectos secundarios. Casi siempre hay otro que probar.',
        ),
      ],
    },
    {
      anchor: 'ensayos-clinicos',
      heading: 'Ensayos clínicos',
      body: [
        paragraph(
          'Los ensayos clínicos prueban tratamientos nuevos o formas nuevas de usar los que ya hay. Muchos de los tratamientos estándar de hoy se dieron primero a personas en ensayos. Entrar en un ensayo siempre es su decisión. Puede dejarlo en cualquier momento.',
        ),
        paragraph(
          'Pregunte por los ensayos al recibir el diagnóstico y cada vez que cambie su tratamiento. Algunos ensayos solo están abiertos en ciertos momentos.',
        ),
      ],
    },
    {
      anchor: 'cuidados-paliativos',
      heading: 'Cuidados paliativos',
      body: [
        paragraph(
          'Los cuidados paliativos buscan su bienestar y su calidad de vida. No son solo para el final de la vida. Puede recibirlos desde el día del diagnóstico, junto con todo su tratamiento del cáncer. Nuestro equipo trata el dolor y otros síntomas. Les ayuda a usted y a su familia a planear una atención que vaya con sus metas.',
        ),
        paragraph(
          'Más adelante, el tratamiento puede dejar de ayudar, o usted puede decidir dejarlo. Entonces, los cuidados de hospicio pueden ayudarle a estar a gusto en casa. Le ayudaremos a planearlos con mucho tiempo.',
        ),
      ],
    },
    {
      anchor: 'apoyo',
      heading: 'Ayuda para usted y su familia',
      body: [
        paragraph(
          'Vivir con cáncer de mama metastásico afecta cada parte de la vida. Tenemos un grupo de apoyo para personas con cáncer de mama metastásico. También damos terapia de familia y de pareja, consejería para la preocupación y el ánimo bajo, y trabajo social. Aquí también hay apoyo espiritual, ayuda con la comida y la dieta, asesoría genética y ayuda con los costos. Casi todo es gratis para nuestros pacientes.',
        ),
      ],
    },
  ],
  seo: {
    metaTitle: 'Atención del cáncer de mama metastásico (estadio IV)',
    metaDescription: 'Diagnóstico, subtipos, tratamiento, ensayos clínicos y apoyo para las personas que viven con cáncer de mama metastásico (estadio IV).',
  },
};
