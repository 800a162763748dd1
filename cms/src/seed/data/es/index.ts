import { bullets, heading, paragraph, type SeedTranslation } from '../../types';

/**
 * A small stand-in for the Spanish demo content: one or two entries of each kind, so the seeder
 * and its tests have Spanish to work with. The full translation replaces this file (and this
 * folder) wholesale. Keys are the default-locale (English) slugs.
 */

const lines = (...items: string[]) => items.join('\n');

export const spanish: SeedTranslation = {
  locale: 'es',

  specialties: {
    'medical-oncology': {
      name: 'Oncología médica',
      description:
        'Los oncólogos médicos son médicos que tratan el cáncer con medicamentos. Dirigen la mayor parte de la atención del cáncer de mama metastásico. Eligen y cambian los medicamentos que usted toma en pastillas, inyecciones o por vía intravenosa. También coordinan al resto de su equipo de atención.',
    },
    'radiation-oncology': {
      name: 'Oncología radioterápica',
      description:
        'Los oncólogos radioterápicos usan haces fuertes y precisos para reducir el cáncer en una zona. En el cáncer de mama metastásico, esto suele aliviar el dolor de huesos, tratar lesiones en el cerebro y proteger la columna.',
    },
  },

  locations: {
    durham: {
      name: 'Clínica Piedmont Valley de Durham',
      parkingAndDirections: lines(
        'Estacione gratis en el garaje junto al Edificio A. Los espacios del nivel 1 están reservados para pacientes que reciben tratamiento.',
        'Tome el ascensor del garaje hasta la planta baja y cruce el pasillo cubierto hasta la entrada principal.',
        'Puede dejar a alguien o usar el servicio gratuito de aparcacoches en la glorieta de la entrada, de 7:30 a. m. a 5:30 p. m. los días entre semana.',
        'Hay sillas de ruedas justo al entrar por la puerta principal. Pregunte en la recepción si necesita que alguien le acompañe a su cita.',
      ),
      servicesOffered: lines(
        'Consulta de oncología médica',
        'Centro de infusión',
        'Oncología radioterápica, incluida la radiocirugía estereotáctica',
        'Consulta de metástasis cerebrales',
        'Consulta de metástasis óseas',
        'Radiología intervencionista',
        'Tomografía computarizada (TC), resonancia magnética (RM), PET/TC y gammagrafía ósea',
        'Oficina de ensayos clínicos',
        'Consulta de cuidados paliativos',
        'Asesoramiento genético',
        'Trabajo social oncológico',
        'Asesoramiento nutricional',
        'Asesoramiento financiero',
        'Terapia familiar y de pareja',
        'Laboratorio y extracción de sangre',
        'Farmacia',
      ),
      photoAlt: 'Ilustración del edificio de la Clínica Piedmont Valley de Durham (imagen de demostración)',
    },
  },

  physicians: {
    'amara-okafor': {
      title: 'Oncóloga médica; directora del Programa de Cáncer de Mama Metastásico',
      bio: [
        paragraph(
          'La Dra. Amara Okafor dirige nuestro programa de cáncer de mama metastásico. Lleva más de 15 años atendiendo a personas con cáncer de mama en estadio IV. La mayoría tiene cáncer con receptores hormonales (HR+).',
        ),
        paragraph(
          'Ella dice que un buen plan empieza por lo que más le importa a usted. En la primera consulta, le pregunta por su trabajo, su familia y sus preocupaciones. Después hablan de los medicamentos. Le explica lo que puede lograr cada opción y qué efectos secundarios puede tener. Luego deciden juntas.',
        ),
        paragraph('La Dra. Okafor dirige nuestro comité de tumores semanal. También dirige varios estudios de nuevos medicamentos hormonales.'),
      ],
      clinicalInterests: lines(
        'Cáncer de mama metastásico con receptores hormonales positivos',
        'Inhibidores de CDK4/6',
        'Cáncer de mama HER2 bajo',
        'Ensayos clínicos de nuevas terapias hormonales',
      ),
      photoAlt: 'Retrato ilustrado de la Dra. Amara Okafor (imagen de demostración)',
    },
  },

  treatments: {
    surgery: {
      slug: 'cirugia',
      name: 'Cirugía',
      summary:
        'La cirugía no es un tratamiento principal del cáncer de mama metastásico, porque el cáncer está en más de un lugar. Puede ayudar en algunos casos. Por ejemplo, un tumor que duele o sangra, un hueso que corre riesgo de romperse o un tumor que presiona la médula espinal.',
      body: [
        paragraph(
          'Cuando el cáncer de mama se ha extendido, los medicamentos que llegan a todo el cuerpo hacen la mayor parte del trabajo. Para la mayoría de las personas, quitar el tumor de la mama no las ayuda a vivir más tiempo. Aun así, a veces la cirugía es la opción correcta.',
        ),
        heading(3, 'Cuándo puede ayudar la cirugía'),
        bullets(
          'Un tumor en la mama o en la axila que duele, sangra, está infectado o ha atravesado la piel',
          'Un cáncer que presiona la médula espinal, o una columna que no está estable. La cirugía puede proteger su capacidad de caminar y de controlar la vejiga.',
          'Un hueso, como el fémur, que se ha roto o que probablemente se rompa. Un cirujano de huesos (cirujano ortopédico) puede colocar una varilla o una placa de metal para sostenerlo.',
          'Un solo tumor grande en el cerebro que causa síntomas. Esta cirugía la hace un cirujano del cerebro (neurocirujano).',
          'Quitar los ovarios, como una forma de hacerlo una sola vez para que dejen de producir estrógeno',
        ),
        paragraph(
          'Nuestros cirujanos de mama hacen las operaciones de mama y de ovarios. Para una cirugía de hueso, de columna o de cerebro, le enviamos a cirujanos con quienes trabajamos en hospitales cercanos. Ellos participan en nuestro comité de tumores para planificar su atención.',
        ),
        paragraph('Su cirujano hablará con su oncólogo médico sobre el mejor momento. Algunos medicamentos deben suspenderse antes y después de una operación.'),
      ],
      sideEffects: [
        paragraph(
          'Los riesgos dependen del tipo de cirugía. Incluyen dolor, sangrado, infección y una cicatrización lenta. La recuperación puede durar desde unos días hasta varias semanas.',
        ),
        paragraph(
          'Su equipo le ayudará a controlar el dolor y a moverse de forma segura. Un fisioterapeuta puede ayudarle a recuperar la fuerza. Su equipo también planificará cuándo volver a empezar su tratamiento contra el cáncer.',
        ),
      ],
      seo: {
        metaTitle: 'Cirugía para el cáncer de mama metastásico',
        metaDescription: 'Cuándo puede ayudar la cirugía en el cáncer de mama metastásico (estadio IV), y sus riesgos y recuperación.',
      },
    },
  },

  subtypes: {
    'triple-negative': {
      slug: 'triple-negativo',
      name: 'Triple negativo',
      shortName: 'Triple negativo',
      summary:
        'El cáncer de mama triple negativo no tiene receptores de estrógeno ni de progesterona, ni exceso de HER2. Por eso la terapia hormonal y los medicamentos habituales contra HER2 no funcionan. Pero la quimioterapia, la inmunoterapia y otros medicamentos sí pueden funcionar.',
      body: [
        paragraph(
          'Alrededor de 1 de cada 8 cánceres de mama es triple negativo. Es más frecuente en personas menores de 40 años, en mujeres negras y en personas que nacen con un cambio en el gen BRCA1. Suele crecer más rápido que otros tipos. Por eso el tratamiento suele empezar pronto.',
        ),
        paragraph(
          'La quimioterapia (quimio) es uno de los tratamientos principales. Otro es un conjugado anticuerpo-fármaco, o ADC. Un ADC es un anticuerpo que lleva la quimio directamente a las células del cáncer.',
        ),
        heading(3, 'Cómo se elige el primer tratamiento'),
        paragraph(
          'Una prueba de laboratorio del tumor busca una proteína llamada PD-L1. Da una puntuación. Si la puntuación es 10 o más, la prueba es positiva. Su médico también le preguntará cuándo volvió el cáncer. Si volvió poco después del tratamiento de un cáncer de mama temprano, algunos medicamentos que recibió entonces quizás no funcionen tan bien ahora.',
        ),
        bullets(
          'Si la prueba de PD-L1 es positiva: inmunoterapia con pembrolizumab. Se da con quimio o con un ADC llamado sacituzumab govitecán.',
          'Si la prueba es negativa, o la inmunoterapia no es adecuada para usted: un ADC solo. Puede ser sacituzumab govitecán o datopotamab deruxtecán. La quimio es otra opción.',
          'Las personas que nacen con un cambio en BRCA1 o BRCA2 pueden tomar una pastilla llamada inhibidor de PARP.',
        ),
        heading(3, 'Tratamientos posteriores'),
        paragraph('Más adelante, puede recibir otro ADC o quimio. Si el cáncer es HER2 bajo, el ADC trastuzumab deruxtecán es una opción más.'),
        paragraph(
          'Este tipo tiene menos opciones habituales que los demás. Por eso los ensayos clínicos son aún más importantes. Pregunte a su médico por los ensayos en cada paso, incluso en el primero.',
        ),
      ],
    },
  },

  diagnosticTests: {
    'bone-scan': {
      slug: 'gammagrafia-osea',
      name: 'Gammagrafía ósea',
      summary:
        'Una gammagrafía ósea muestra zonas del hueso que están cambiando. Esto puede ser una señal de que el cáncer se ha extendido a los huesos. Revisa todo el esqueleto a la vez.',
      body: [
        paragraph('Los huesos son el lugar adonde más a menudo se extiende el cáncer de mama. Una gammagrafía ósea puede encontrar estas zonas, muchas veces antes de que se vean en una radiografía.'),
        heading(3, 'Qué pasa durante la prueba'),
        bullets(
          'Le ponen una pequeña cantidad de un marcador levemente radiactivo en una vena del brazo.',
          'Espera de 2 a 4 horas mientras el marcador se acumula en los huesos. Casi siempre puede irse y volver. Beba mucha agua.',
          'Después se acuesta sin moverse en una camilla de 30 a 60 minutos mientras una cámara toma imágenes.',
          'La cantidad de radiación es pequeña. Sale del cuerpo en uno o dos días.',
        ),
        paragraph(
          'Una gammagrafía ósea también puede marcar zonas por artritis, lesiones antiguas o huesos que están sanando. Por eso su médico puede pedir una radiografía, una tomografía o una resonancia para saber más. Al principio del tratamiento, algunas zonas pueden verse peor por un tiempo corto mientras los huesos sanan. Esto se llama brote (flare).',
        ),
      ],
    },
  },

  clinicalTrials: {
    'new-pill-with-hormone-therapy-after-cdk46': {
      slug: 'nueva-pastilla-con-terapia-hormonal-tras-cdk46',
      title: 'Una nueva pastilla junto con terapia hormonal después de un inhibidor de CDK4/6 para el cáncer de mama metastásico HR+',
      plainLanguageSummary:
        'La mayoría de las personas con cáncer de mama metastásico HR+/HER2 negativo toman primero terapia hormonal con un inhibidor de CDK4/6. Cuando el cáncer vuelve a crecer, hay varias opciones, pero ninguna funciona para todos. Este estudio prueba una nueva pastilla que bloquea una señal que las células usan para crecer. Se añade al fulvestrant, una inyección hormonal habitual. La pregunta es si la combinación controla el cáncer por más tiempo que el fulvestrant solo. Las personas se asignan al azar a uno de dos grupos. Un grupo recibe fulvestrant y la pastilla del estudio. El otro recibe fulvestrant y un placebo, una pastilla de aspecto igual pero sin medicamento. Ni usted ni su médico sabrán en qué grupo está. Todos reciben fulvestrant. Tendrá estudios de imagen cada 8 semanas y consultas regulares para revisar los efectos secundarios.',
      eligibilitySummary: lines(
        'Adultos de 18 años o más con cáncer de mama HR+/HER2 negativo que se ha extendido',
        'El cáncer creció mientras tomaba un inhibidor de CDK4/6 con terapia hormonal',
        'No más de un tratamiento de quimioterapia para el cáncer metastásico',
        'Poder tragar pastillas y hacer por su cuenta la mayoría de las actividades diarias',
        'No tener diabetes sin controlar',
        'Se acepta cáncer en el cerebro si ya se trató y está estable',
      ),
    },
  },

  supportServices: {
    'metastatic-support-group': {
      slug: 'grupo-de-apoyo-cancer-metastasico',
      name: 'Grupo de apoyo para el cáncer de mama metastásico',
      summary:
        'Un grupo para personas que viven con cáncer de mama metastásico. Los miembros cuentan cómo es su vida, comparten consejos y se apoyan. Se reúne dos veces al mes en persona y por video. Lo dirige una trabajadora social de oncología.',
      body: [
        paragraph(
          'Muchas personas dicen que hablar con otras que viven con cáncer de mama en estadio IV les ayuda como ninguna otra cosa. Los miembros hablan del tratamiento, el trabajo, la familia, el miedo y la esperanza. También se ríen juntos.',
        ),
        bullets(
          'Se reúne el primer y el tercer martes de cada mes, de 6:00 a 7:30 p. m.',
          'Participe en persona en Raleigh o Wake Forest, o por video desde su casa',
          'Es gratis, y no tiene que recibir tratamiento en nuestro centro',
          'Llame para inscribirse, o pregunte a su equipo de atención',
        ),
      ],
    },
  },

  conditionPage: {
    title: 'Cáncer de mama metastásico (estadio IV)',
    intro:
      'El cáncer de mama metastásico se ha extendido más allá de la mama y los ganglios linfáticos cercanos a otras partes del cuerpo. Puede estar en los huesos, el hígado, los pulmones o el cerebro. También se llama cáncer de mama en estadio IV. Casi nunca se puede curar. Pero sí se puede tratar, y muchas personas viven bien con él durante años. Nuestro equipo le ayudará a conocer su cáncer, sus opciones y la ayuda que puede recibir.',
    goalsOfCare: [
      { title: 'Controlar el cáncer', text: 'Usamos medicamentos y otros tratamientos que reducen el cáncer o impiden que crezca. Cuando el cáncer cambia, cambiamos el plan.' },
      { title: 'Darle más tiempo', text: 'Los tratamientos nuevos han ayudado a muchas personas a vivir más tiempo con este cáncer. Ofrecemos la mejor atención habitual y ensayos de medicamentos nuevos.' },
      { title: 'Aliviar los síntomas pronto', text: 'Tratamos el dolor, el cansancio, la falta de aire y otros problemas en cuanto empiezan, vengan del cáncer o de su tratamiento.' },
      { title: 'Adaptar la atención a su vida', text: 'Cuéntenos lo que más le importa, como el trabajo, la familia, los viajes o un pasatiempo. Planificaremos su atención en torno a eso.' },
    ],
    newlyDiagnosed: {
      heading: '¿Le acaban de diagnosticar?',
      text: 'Llámenos o envíe una solicitud. Una enfermera navegadora le devolverá la llamada en un día hábil. Conseguiremos sus expedientes y estudios de imagen y responderemos sus primeras preguntas. Luego le daremos una cita con un médico especialista en cáncer de mama, casi siempre en una semana.',
      linkLabel: 'Pedir una cita',
      linkHref: '/appointments/',
    },
    secondOpinion: {
      heading: '¿Quiere una segunda opinión?',
      text: 'Una segunda opinión puede confirmar su diagnóstico y su plan. También puede mostrar otras opciones, como los ensayos clínicos. Nuestros médicos trabajan con su oncólogo local. Así, muchas veces puede seguir recibiendo tratamiento cerca de casa.',
      linkLabel: 'Pedir una segunda opinión',
      linkHref: '/second-opinion/',
    },
    whyChooseUs: [
      {
        title: 'Expertos que planifican su atención juntos',
        text: 'Cada semana se reúnen nuestros oncólogos, cirujanos, radioterapeutas, radiólogos y patólogos. Revisan las pruebas de cada persona y acuerdan un plan. Otro grupo revisa los resultados de las pruebas genéticas y busca medicamentos o ensayos que les correspondan.',
      },
      {
        title: 'Segundas opiniones cerca de casa',
        text: 'Revisamos sus expedientes y le atendemos en persona o por video. Luego enviamos un plan claro a su propio oncólogo, para que pueda seguir con el tratamiento cerca de casa.',
      },
      {
        title: 'Ayuda para usted y su familia',
        text: 'Los grupos de apoyo, la terapia familiar, la orientación psicológica, los cuidados paliativos, la ayuda con la alimentación, el trabajo social, la atención espiritual y la ayuda con los costos forman parte de su atención.',
      },
    ],
    sections: [
      {
        anchor: 'what-is-stage-iv',
        heading: 'Qué significa el estadio IV',
        body: [
          paragraph(
            'El cáncer de mama está en estadio IV cuando las células del cáncer han viajado desde la mama a otros órganos. Las células de cáncer de mama que están en el hueso siguen siendo cáncer de mama, no cáncer de hueso. Se tratan con medicamentos para el cáncer de mama.',
          ),
          paragraph(
            'Algunas personas ya tienen cáncer en estadio IV cuando se les diagnostica por primera vez. Es más común que vuelva meses o años después del tratamiento de un cáncer de mama temprano. No es culpa suya. No significa que su tratamiento anterior estuviera mal.',
          ),
        ],
      },
      {
        anchor: 'palliative-care',
        heading: 'Cuidados paliativos',
        body: [
          paragraph(
            'Los cuidados paliativos buscan su comodidad y su calidad de vida. No son solo para el final de la vida. Puede recibirlos desde el día del diagnóstico, junto con todo su tratamiento contra el cáncer. Nuestro equipo trata el dolor y otros síntomas. Les ayuda a usted y a su familia a planificar una atención que se ajuste a sus metas.',
          ),
        ],
      },
    ],
    seo: {
      metaTitle: 'Atención del cáncer de mama metastásico (estadio IV)',
      metaDescription: 'Diagnóstico, subtipos, tratamiento, ensayos clínicos y apoyo para personas que viven con cáncer de mama metastásico (estadio IV).',
    },
  },

  siteSettings: {
    appointmentPageText:
      'Para pedir una cita con nuestro equipo de cáncer de mama metastásico, llámenos o llene el formulario de abajo. No necesita que otro médico le envíe.\n\n' +
      'Tenga a mano su tarjeta del seguro, el nombre de su médico actual y los resultados recientes de pruebas, estudios de imagen o informes de patología. Si no tiene sus expedientes, podemos pedirlos por usted con su permiso.\n\n' +
      'Una enfermera navegadora le llamará en un día hábil. Conocerá sus necesidades y le dará su primera cita, casi siempre en una semana.',
    secondOpinionPageText:
      'Una segunda opinión significa que otro experto revisa su diagnóstico y su plan de tratamiento. Pedirla es algo común. La mayoría de los oncólogos lo ven bien.\n\n' +
      'Necesitaremos los informes de laboratorio de su biopsia. Si es posible, también conseguiremos las laminillas o el tejido de la biopsia. Envíe sus estudios de imagen recientes y una lista de los tratamientos que ha recibido. Nuestro equipo puede ayudarle a reunirlos. La mayoría de las consultas son en las dos semanas siguientes a recibir sus expedientes. Puede venir en persona o reunirse por video.\n\n' +
      'Después de su consulta, le enviamos un resumen por escrito a usted y a su oncólogo local. Muchos pacientes siguen su tratamiento cerca de casa. Nos mantenemos en contacto con su equipo local.',
    emergencyNote:
      'Si tiene una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana. No use los formularios en línea para problemas urgentes. Si es paciente y tiene fiebre o síntomas nuevos, llame a su equipo de atención enseguida, de día o de noche.',
    footerText:
      'Piedmont Valley Cancer Institute atiende a personas con cáncer de mama metastásico en siete clínicas de la zona del Triángulo de Carolina del Norte. La información de este sitio es educativa y no reemplaza los consejos de su propio equipo de atención.',
    defaultSeo: {
      metaTitle: 'Cáncer de mama metastásico | Piedmont Valley Cancer Institute',
      metaDescription:
        'Atención del cáncer de mama metastásico (estadio IV): médicos, tratamientos, ensayos clínicos y apoyo en siete clínicas del Triángulo de Carolina del Norte.',
    },
    demoNotice:
      'Este es un sitio web de demostración. Piedmont Valley Cancer Institute y sus médicos, clínicas y ensayos clínicos son ficticios. Nada de lo que aparece aquí es un consejo médico. Hable con su propio equipo de atención sobre su salud.',
  },
};
