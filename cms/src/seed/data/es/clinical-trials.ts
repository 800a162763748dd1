import type { SeedTranslation } from '../../types';

/** The fictional demo trials in Spanish, keyed by their English slug. */

const lines = (...items: string[]) => items.join('\n');

export const clinicalTrials: SeedTranslation['clinicalTrials'] = {
  'new-pill-with-hormone-therapy-after-cdk46': {
    slug: 'pastilla-nueva-con-terapia-hormonal-despues-de-cdk46',
    title: 'Una pastilla nueva junto con la terapia hormonal después de un inhibidor de CDK4/6 para el cáncer de mama metastásico RH+',
    plainLanguageSummary:
      'Casi todas las personas con cáncer de mama metastásico RH+/HER2 negativo toman primero terapia hormonal con un inhibidor de CDK4/6. Cuando el cáncer vuelve a crecer, hay varias opciones, pero ninguna funciona en todas las personas. Este estudio prueba una pastilla nueva que bloquea una señal que las células usan para crecer. Se añade al fulvestrant, una inyección hormonal estándar. La pregunta es si las dos juntas mantienen el cáncer bajo control por más tiempo que el fulvestrant solo. Las personas se ponen al azar en uno de dos grupos. Un grupo recibe fulvestrant y la pastilla del estudio. El otro recibe fulvestrant y un placebo, una pastilla igual pero sin fármaco. Ni usted ni su médico sabrán en qué grupo está. Todos reciben fulvestrant. Tendrá imágenes cada 8 semanas y citas regulares para revisar los efectos secundarios.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama RH+/HER2 negativo que se ha extendido',
      'El cáncer creció mientras tomaba un inhibidor de CDK4/6 con terapia hormonal',
      'No más de un tratamiento de quimioterapia para el cáncer metastásico',
      'Puede tragar pastillas y hacer por su cuenta casi todas sus actividades diarias',
      'No tiene diabetes sin controlar',
      'Se acepta el cáncer en el cerebro si ya se trató y está estable',
    ),
  },
  'blood-test-guided-hormone-therapy-switch': {
    slug: 'cambio-de-terapia-hormonal-guiado-por-analisis-de-sangre',
    title: 'Usar un análisis de sangre regular para decidir cuándo cambiar la terapia hormonal',
    plainLanguageSummary:
      'Algunos cánceres de mama RH+ tienen un cambio en el gen ESR1 mientras la persona toma un inhibidor de la aromatasa. Este cambio puede hacer que el fármaco deje de funcionar. A menudo aparece en la sangre antes de que las imágenes muestren que el cáncer crece. Este estudio revisa una muestra de sangre cada 2 meses para buscar cambios en ESR1. Si primero aparece un cambio, se le ofrece de inmediato una pastilla hormonal nueva. Usted sigue con su inhibidor de CDK4/6. El estudio verá cuánto tiempo sigue el cáncer bajo control. Lo comparará con personas que cambiaron solo después de que las imágenes mostraron que crecía. La sangre se saca en sus citas de laboratorio de siempre, así que hay pocos viajes de más.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama metastásico RH+/HER2 negativo',
      'Toma un inhibidor de la aromatasa con un inhibidor de CDK4/6 como primer tratamiento del cáncer metastásico',
      'Lleva al menos 6 meses con este tratamiento',
      'El cáncer no crece en las imágenes más recientes',
      'Está de acuerdo en que le saquen sangre cada 2 meses',
    ),
  },
  'new-adc-for-triple-negative': {
    slug: 'nuevo-adc-para-cancer-triple-negativo',
    title: 'Un conjugado de anticuerpo y fármaco nuevo para el cáncer de mama triple negativo que se ha extendido',
    plainLanguageSummary:
      'Un conjugado de anticuerpo y fármaco (ADC) lleva un fármaco de quimioterapia directo a las células del cáncer. Este estudio prueba un ADC nuevo. Ataca una proteína que está en muchos cánceres de mama triple negativos. En la primera parte, grupos pequeños de personas reciben dosis un poco más altas cada vez. Así se encuentra la dosis más segura que funciona. En la segunda parte, más personas reciben esa dosis. Esto muestra qué tan bien achica el cáncer. El fármaco se da por la vena cada 3 semanas. Es un estudio temprano. Por eso, el equipo vigila de cerca los efectos secundarios. Tendrá más citas y análisis de sangre que con la atención estándar.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama triple negativo que se ha extendido',
      'Recibió al menos un tratamiento para el cáncer metastásico, como la quimio',
      'Está de acuerdo en hacerse una biopsia antes de empezar el fármaco del estudio, si se puede hacer sin riesgo',
      'Puede hacer por su cuenta casi todas sus actividades diarias',
      'No tiene ahora inflamación de los pulmones (neumonitis)',
    ),
  },
  'radiosurgery-with-her2-pill-brain-metastases': {
    slug: 'radiocirugia-con-pastilla-her2-para-metastasis-en-el-cerebro',
    title: 'Radiocirugía con o sin una pastilla dirigida al HER2 para metástasis nuevas en el cerebro',
    plainLanguageSummary:
      'El cáncer de mama HER2 positivo se puede extender al cerebro. Unas pocas zonas a menudo se tratan con radiocirugía, un tipo de radiación muy enfocada. Algunas pastillas contra el HER2 también pueden llegar al cerebro. Este estudio pregunta si añadir una pastilla contra el HER2 al momento de la radiocirugía ayuda a evitar que se formen zonas nuevas. Todas las personas del estudio reciben radiocirugía. La mitad de las personas, elegidas al azar, también toman la pastilla contra el HER2 con sus fármacos contra el HER2 de siempre. Tendrá una RM del cerebro cada 3 meses. Unas pruebas cortas revisan la memoria y la forma de pensar en fechas fijas. El estudio debería abrir pronto.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama HER2 positivo',
      'De 1 a 10 zonas nuevas en el cerebro vistas en una RM, que se puedan tratar con radiocirugía',
      'No recibió antes radiación de todo el cerebro',
      'El cáncer fuera del cerebro está estable o bajo control con el tratamiento actual',
      'Puede tragar pastillas',
    ),
  },
  'stereotactic-radiation-for-few-metastases': {
    slug: 'radiacion-enfocada-para-pocas-metastasis',
    title: 'Radiación enfocada en cada zona de cáncer para personas con solo unas pocas metástasis',
    plainLanguageSummary:
      'Algunas personas tienen solo unas pocas zonas a donde se ha extendido el cáncer de mama. Los médicos llaman a esto enfermedad oligometastásica. Este estudio prueba la radiocirugía del cuerpo (SBRT), un tipo de radiación muy exacta. La pregunta es si tratar cada zona con ella ayuda a las personas a estar bien por más tiempo que los fármacos solos. Todas las personas siguen tomando los fármacos adecuados para su tipo de cáncer. La mitad de las personas, elegidas al azar, también reciben SBRT en cada zona. Casi siempre son de 1 a 5 sesiones. El estudio verá cuánto tiempo sigue el cáncer bajo control, los efectos secundarios y la calidad de vida.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama metastásico de cualquier subtipo',
      'No más de 5 zonas a donde se extendió el cáncer, vistas en una PET/TC, o en una TC y una gammagrafía ósea',
      'No tiene cáncer en el cerebro',
      'Recibe ahora tratamiento con fármacos, y el cáncer no ha crecido en las imágenes recientes',
      'Puede pasar hasta una hora sin moverse en una mesa de tratamiento',
    ),
  },
  'immunotherapy-chemo-with-vaccine-tnbc': {
    slug: 'inmunoterapia-y-quimio-con-o-sin-vacuna-triple-negativo',
    title: 'Inmunoterapia y quimio con o sin una vacuna para el cáncer de mama triple negativo PD-L1 positivo',
    plainLanguageSummary:
      'Algunos cánceres de mama triple negativos dan positivo en la prueba de una proteína llamada PD-L1. Cuando empezó este estudio, el primer tratamiento usual para ellos era la inmunoterapia con quimio. Todas las personas del estudio la reciben. El estudio prueba si una vacuna nueva ayuda aún más a las defensas del cuerpo a luchar contra el cáncer. La vacuna se pone con una aguja bajo la piel. Se da en los primeros meses. Desde entonces, hay otros primeros tratamientos. Uno junta la inmunoterapia con un fármaco que lleva la quimio hasta las células del cáncer. Su médico le puede hablar de todas sus opciones. El estudio ya no acepta a personas nuevas. Las que ya están en él siguen con su atención y sus chequeos. Los resultados se esperan en unos años.',
    eligibilitySummary: lines(
      'Este estudio ya no acepta a personas nuevas.',
      'Aceptó a adultos con cáncer de mama triple negativo PD-L1 positivo que se había extendido. El cáncer aún no se había tratado como cáncer metastásico.',
    ),
  },
  'spacing-out-her2-infusions': {
    slug: 'espaciar-el-tratamiento-dirigido-al-her2',
    title: 'Espaciar el tratamiento dirigido al HER2 en personas cuyo cáncer ha estado estable por mucho tiempo',
    plainLanguageSummary:
      'Muchas personas con cáncer de mama metastásico HER2 positivo siguen con dos fármacos contra el HER2 durante años después de terminar la quimio. Los fármacos son el trastuzumab y el pertuzumab. Casi siempre se dan cada 3 semanas. Eso quiere decir muchos viajes al centro de infusión. En algunas personas, el cáncer no ha crecido en 2 años o más. Para ellas, este estudio pregunta si recibir los fármacos cada 6 semanas funciona igual de bien. Las personas se ponen al azar en uno de los dos horarios. El estudio comparará cuánto tiempo sigue el cáncer bajo control. También comparará los efectos secundarios, los costos y el tiempo que se pasa en el tratamiento.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama metastásico HER2 positivo',
      'Toma trastuzumab y pertuzumab, con o sin terapia hormonal, y sin quimioterapia',
      'El cáncer no ha crecido en al menos 2 años',
      'El corazón bombea de forma normal en la prueba del corazón más reciente',
    ),
  },
  'bone-strengthening-every-12-weeks': {
    slug: 'inyecciones-para-los-huesos-cada-12-semanas',
    title: 'Inyecciones para fortalecer los huesos cada 12 semanas en vez de cada 4 semanas',
    plainLanguageSummary:
      'Las personas con cáncer de mama en los huesos a menudo reciben un fármaco que fortalece los huesos. Ayuda a evitar las fracturas. Este estudio se centró en el denosumab después del primer año. Comparó una inyección cada 12 semanas con una inyección cada 4 semanas. Estudió las fracturas, el dolor de huesos, los problemas de la mandíbula y cómo se sentían las personas. El estudio está cerrado, y se están estudiando los resultados. Pregunte a su médico si un horario menos frecuente podría ser adecuado para usted. No deje ni espacie el denosumab por su cuenta.',
    eligibilitySummary: lines(
      'Este estudio está cerrado y ya no inscribe a participantes.',
      'Inscribió a adultos con cáncer de mama en los huesos que habían recibido denosumab cada 4 semanas durante un año más o menos.',
    ),
  },
  'parp-inhibitor-with-immunotherapy-brca-palb2': {
    slug: 'inhibidor-de-parp-con-inmunoterapia-brca-palb2',
    title: 'Un inhibidor de PARP con inmunoterapia para el cáncer de mama HER2 negativo ligado a cambios en los genes BRCA o PALB2',
    plainLanguageSummary:
      'Algunas personas nacen con un cambio en el gen BRCA1, BRCA2 o PALB2. Sus cánceres de mama a menudo no pueden reparar bien su propio ADN. Las pastillas llamadas inhibidores de PARP usan este punto débil para matar las células del cáncer. Este estudio temprano probará un inhibidor de PARP con un fármaco de inmunoterapia. Buscará una dosis segura de los dos juntos. También verá si achican el cáncer. El estudio debería abrir pronto en nuestras clínicas de Garner y Raleigh.',
    eligibilitySummary: lines(
      'Adultos de 18 años o más con cáncer de mama HER2 negativo que se ha extendido',
      'Un cambio dañino heredado en BRCA1, BRCA2 o PALB2. Se encontró con una prueba de sangre o de saliva.',
      'Hasta 3 tratamientos anteriores para el cáncer metastásico',
      'No recibió antes un inhibidor de PARP para el cáncer metastásico',
      'No tiene una enfermedad autoinmune que necesitó tratamiento en los últimos 2 años',
    ),
  },
};
