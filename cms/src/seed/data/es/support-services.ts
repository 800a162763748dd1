import { bullets, paragraph, type SeedTranslation } from '../../types';

/** Support services in Spanish, keyed by their English slug. */
export const supportServices: SeedTranslation['supportServices'] = {
  'metastatic-support-group': {
    slug: 'grupo-de-apoyo-cancer-metastasico',
    name: 'Grupo de apoyo para el cáncer de mama metastásico',
    summary:
      'Un grupo para personas que viven con cáncer de mama metastásico. Sus miembros cuentan cómo es su vida, se dan consejos y se apoyan unos a otros. Se reúne dos veces al mes en persona y por video. Lo dirige una trabajadora social de oncología.',
    body: [
      paragraph(
        'Muchas personas dicen que hablar con otras que viven con cáncer de mama en estadio IV les ayuda como nada más. Los miembros hablan del tratamiento, el trabajo, la familia, el miedo y la esperanza. También se ríen juntos.',
      ),
      bullets(
        'Se reúne el primer y el tercer martes de cada mes, de 6:00 a 7:30 p.m.',
        'Venga en persona en Raleigh o Wake Forest, o conéctese por video desde su casa',
        'Es gratis, y no necesita tratarse en nuestro centro',
        'Llame para inscribirse, o pregunte a su equipo de atención',
      ),
    ],
  },
  'family-and-couples-therapy': {
    slug: 'terapia-de-familia-y-de-pareja',
    name: 'Terapia de familia y de pareja',
    summary:
      'El cáncer afecta a toda la familia. Nuestros terapeutas tienen licencia. Ayudan a las parejas, los hijos y otros seres queridos a hablar con franqueza. También les ayudan a sobrellevar los cambios y a apoyarse unos a otros.',
    body: [
      paragraph(
        'Vivir con cáncer metastásico puede cambiar los papeles en la casa. Puede poner tensión en las relaciones. Los niños pueden hacer preguntas difíciles. La terapia da a las familias un lugar seguro para hablar de estas cosas con alguien que sabe cómo ayudar.',
      ),
      bullets(
        'Sesiones para parejas, para toda la familia, o solo para la pareja o el cuidador',
        'Ayuda para hablar del cáncer con los niños y los jóvenes, con libros y juegos para cada edad',
        'En persona en Cary y Durham, o por video',
        'Muchos planes de seguro la cubren. Pregunte por la ayuda con los costos.',
      ),
    ],
  },
  'counseling-and-psycho-oncology': {
    slug: 'consejeria-y-salud-mental',
    name: 'Consejería y atención de la salud mental',
    summary:
      'La preocupación, la tristeza y el estrés son comunes con el cáncer metastásico. Nuestro equipo de psicooncología ayuda con estos sentimientos. El equipo tiene consejeros, psicólogos y un psiquiatra que trabajan solo con personas que tienen cáncer.',
    body: [
      paragraph(
        'Sentir tristeza o ansiedad no es señal de debilidad. Es una respuesta normal a una enfermedad difícil. Y se puede tratar. Hablar con un experto le puede ayudar a dormir, a sobrellevar las cosas y a disfrutar más la vida.',
      ),
      bullets(
        'Consejería, a solas o con su pareja, en persona o por video',
        'Ayuda con el miedo a que el cáncer crezca, y con las malas noticias',
        'Medicinas para la depresión, la ansiedad o los problemas para dormir, cuando puedan ayudar',
        'Su equipo de atención le preguntará cómo se siente en las citas. Dígales si se siente triste por más de dos semanas.',
        'Si alguna vez piensa en hacerse daño, llame o envíe un mensaje de texto al 988 de inmediato.',
      ),
    ],
  },
  'palliative-care-clinic': {
    slug: 'clinica-de-cuidados-paliativos',
    name: 'Clínica de cuidados paliativos',
    summary:
      'Los cuidados paliativos son una capa más de apoyo. Tratan el dolor y otros síntomas y le ayudan a planear una atención que vaya con sus metas. Puede recibirlos en cualquier etapa, al mismo tiempo que el tratamiento del cáncer.',
    body: [
      paragraph(
        'Los cuidados paliativos no son lo mismo que el hospicio. Puede seguir con todo su tratamiento del cáncer mientras ve al equipo de cuidados paliativos. Recibir esta atención pronto puede mejorar la calidad de vida y el ánimo.',
      ),
      bullets(
        'Tratamiento del dolor, las náuseas, el cansancio, la falta de aire, la falta de apetito y los problemas para dormir',
        'Ayuda con la preocupación, la tristeza y el estrés, para usted y su familia',
        'Apoyo con las decisiones difíciles y para planear el futuro',
        'Citas en persona en cinco clínicas o por video',
        'Pida a su médico de cáncer que le envíe con nosotros, o llámenos',
      ),
    ],
  },
  'hospice-care': {
    slug: 'cuidados-de-hospicio',
    name: 'Cuidados de hospicio',
    summary:
      'Los cuidados de hospicio son para cuando el tratamiento del cáncer ya no ayuda, o cuando usted decide dejarlo. Se centran en el bienestar y en el tiempo con sus seres queridos. Casi todas las personas reciben los cuidados de hospicio en casa.',
    body: [
      paragraph(
        'Un equipo de hospicio con enfermeras, médicos, asistentes, trabajadores sociales y capellanes va a donde usted está. Tratan el dolor y otros síntomas. También ayudan a su familia a cuidarle, y la apoyan después de una muerte.',
      ),
      bullets(
        'Nuestro equipo de cuidados paliativos le puede ayudar a decidir si el hospicio es adecuado para usted, y cuándo.',
        'Trabajamos con programas de hospicio cerca de donde usted vive, y seguimos en contacto con ellos.',
        'Medicare, Medicaid y casi todos los planes de seguro pagan el hospicio.',
        'Puede dejar el hospicio y volver a empezar el tratamiento del cáncer si las cosas cambian.',
      ),
    ],
  },
  'spiritual-care': {
    slug: 'apoyo-espiritual',
    name: 'Apoyo espiritual',
    summary:
      'Nuestros capellanes dan apoyo a personas de todas las creencias, y a las que no tienen ninguna. Le pueden ayudar a encontrar consuelo, sentido y esperanza mientras vive con cáncer.',
    body: [
      paragraph(
        'Una enfermedad grave puede traer grandes preguntas. Puede preguntarse por el sentido, por lo que es justo o por lo que viene después. Un capellán escucha sin juzgar. No impone ninguna creencia.',
      ),
      bullets(
        'Visitas en la clínica, en el centro de infusión o por teléfono',
        'Oración, ritos o un tiempo de calma, si los desea',
        'Ayuda para contactar a su propio líder religioso o a su comunidad',
        'Apoyo también para sus familiares',
      ),
    ],
  },
  'financial-counseling': {
    slug: 'asesoria-financiera',
    name: 'Asesoría financiera',
    summary:
      'Los asesores financieros le ayudan a entender su seguro y lo que puede deber. Buscan programas que pueden bajar lo que paga por el tratamiento, las medicinas y los viajes.',
    body: [
      paragraph(
        'El tratamiento del cáncer de mama metastásico puede durar años, y los costos se acumulan. Nuestros asesores le pueden ayudar a planear con tiempo y a evitar sorpresas.',
      ),
      bullets(
        'Una revisión de los beneficios de su seguro y de lo que puede deber',
        'Ayuda para pedir programas de las compañías de fármacos, ayudas económicas y atención de caridad',
        'Ayuda con los formularios de Medicaid, Medicare y discapacidad',
        'Ayuda con el costo de la gasolina, el estacionamiento y un lugar donde quedarse',
        'Es gratis para todos los pacientes del centro',
      ),
    ],
  },
  'oncology-nutrition': {
    slug: 'nutricion-oncologica',
    name: 'Nutrición oncológica',
    summary:
      'Nuestros dietistas son expertos en cáncer. Le ayudan a comer bien durante el tratamiento. Ayudan con la falta de apetito, las náuseas y los cambios de peso, y aclaran los consejos sobre dietas y suplementos.',
    body: [
      paragraph(
        'Comer bien le puede ayudar a mantener la fuerza y a tolerar mejor el tratamiento. Pero el cáncer y su tratamiento pueden hacer que comer sea difícil. Un dietista puede hacer un plan que le funcione.',
      ),
      bullets(
        'Consejos para la falta de apetito, las náuseas, los cambios en el gusto, las llagas en la boca y la diarrea',
        'Ayuda si pierde o gana peso durante el tratamiento',
        'Consejos sobre suplementos, hierbas y dietas especiales. Algunos pueden afectar los fármacos contra el cáncer.',
        'Ayuda con el azúcar alta en la sangre que causan algunos fármacos dirigidos o los esteroides',
      ),
    ],
  },
  'oncology-social-work': {
    slug: 'trabajo-social-oncologico',
    name: 'Trabajo social oncológico',
    summary:
      'Nuestros trabajadores sociales ayudan con los lados prácticos y emocionales del cáncer. Ayudan con el transporte al tratamiento, el tiempo libre del trabajo, el estrés y los planes para el futuro.',
    body: [
      paragraph(
        'Todos los pacientes de nuestro centro pueden reunirse con un trabajador social. Conocen los recursos locales. Le pueden ayudar a resolver los problemas que se interponen en su atención.',
      ),
      bullets(
        'Transporte al tratamiento, y un lugar donde quedarse si vive lejos',
        'Formularios para el tiempo libre del trabajo (FMLA) y para la discapacidad',
        'Consejería para el estrés, la preocupación y la tristeza',
        'Ayuda para poner por escrito sus deseos de atención y para elegir a alguien que hable por usted',
        'Contactos con grupos de la comunidad y servicios de atención en casa',
      ),
    ],
  },
  'genetic-counseling': {
    slug: 'asesoria-genetica',
    name: 'Asesoría genética',
    summary:
      'Los asesores en genética le ayudan a decidir si hacerse pruebas de cambios en los genes con los que nació, como en BRCA1 o BRCA2. Le explican qué quieren decir los resultados para su tratamiento y para su familia.',
    body: [
      paragraph(
        'Los expertos aconsejan ofrecer estas pruebas a todas las personas con cáncer de mama metastásico. Un resultado positivo puede abrir paso a tratamientos como los inhibidores de PARP. También puede abrir paso a algunos ensayos clínicos. Y puede ayudar a sus familiares a conocer su propio riesgo.',
      ),
      bullets(
        'Una cita antes de la prueba para repasar su salud y la historia de su familia',
        'Una prueba con una muestra de sangre o de saliva',
        'Una cita después de la prueba para explicar los resultados, casi siempre en 2 a 3 semanas',
        'Cartas que puede compartir con sus familiares, y ayuda para que ellos encuentren dónde hacerse la prueba',
        'Citas en persona o por video',
      ),
    ],
  },
};
