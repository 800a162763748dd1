import { paragraph, type SeedTranslation } from '../../types';

/**
 * The fictional physicians in Spanish, keyed by their English slug: title, bio, clinical interests
 * (one per line) and the alt text of their illustrated portrait. Spanish titles agree with the
 * physician's gender; Jordan Whitaker, who is nonbinary, is named without "el Dr."/"la Dra.", as
 * the English bio uses no pronouns.
 */

const lines = (...items: string[]) => items.join('\n');
/** The seed's English alt text for the illustrated portrait, in Spanish. */
const portrait = (nameWithTitle: string) => `Retrato ilustrado de muestra de ${nameWithTitle} (imagen de demostración)`;

type Physician = SeedTranslation['physicians'][string];
const physician = (nameWithTitle: string, title: string, bio: Physician['bio'], clinicalInterests: string): Physician => ({
  title,
  bio,
  clinicalInterests,
  photoAlt: portrait(nameWithTitle),
});

export const physicians: SeedTranslation['physicians'] = {
  // oncología médica
  'amara-okafor': physician(
    'la Dra. Amara Okafor',
    'Oncóloga médica; directora del Programa de Cáncer de Mama Metastásico',
    [
      paragraph('La Dra. Amara Okafor dirige nuestro programa de cáncer de mama metastásico. Atiende a personas con cáncer de mama en estadio IV desde hace más de 15 años. Casi todas tienen cáncer RH+.'),
      paragraph(
        'Ella dice que un buen plan empieza por lo que más le importa a usted. En su primera cita, le pregunta por su trabajo, su familia y sus miedos. Luego habla de los fármacos. Explica lo que puede lograr cada opción y qué efectos secundarios puede traer. Luego deciden juntos.',
      ),
      paragraph('La Dra. Okafor dirige nuestro comité de tumores de cada semana. También dirige varios estudios de fármacos hormonales nuevos.'),
    ],
    lines('Cáncer de mama metastásico con receptores hormonales positivos', 'Inhibidores de CDK4/6', 'Cáncer de mama HER2 bajo', 'Ensayos clínicos de terapias hormonales nuevas'),
  ),
  'daniel-reyes-moreno': physician(
    'el Dr. Daniel Reyes-Moreno',
    'Oncólogo médico',
    [
      paragraph(
        'El Dr. Daniel Reyes-Moreno trata a personas con cáncer de mama metastásico triple negativo y HER2 bajo. Atiende a sus pacientes en inglés y en español. Con gusto incluye a los familiares en la conversación cuando el paciente lo desea.',
      ),
      paragraph(
        'Él sabe que un diagnóstico de estadio IV puede parecer demasiado de una sola vez. Por eso divide los planes en pasos pequeños. Anota lo que viene después. Se asegura de que cada paciente sepa cómo llamar al equipo de noche y los fines de semana.',
      ),
    ],
    lines('Cáncer de mama triple negativo', 'Conjugados de anticuerpo y fármaco', 'Inmunoterapia', 'Atención de pacientes y familias que hablan español'),
  ),
  'wei-lin-zhou': physician(
    'la Dra. Wei-Lin Zhou',
    'Oncóloga médica e investigadora',
    [
      paragraph(
        'La Dra. Wei-Lin Zhou trata el cáncer de mama HER2 positivo. Antes de estudiar medicina, hizo un doctorado (PhD). Estudió cómo el HER2 hace crecer las células del cáncer. Todavía dirige un pequeño laboratorio. Allí estudia por qué algunos cánceres dejan de responder a los fármacos contra el HER2.',
      ),
      paragraph(
        'Atiende a sus pacientes en inglés y en mandarín. Muchos de sus pacientes han vivido con cáncer HER2 positivo durante años. Ella se esfuerza para que el tratamiento no se adueñe de su vida. Por ejemplo, espacia las citas cuando el cáncer está estable.',
      ),
    ],
    lines('Cáncer de mama HER2 positivo', 'Metástasis en el cerebro del cáncer HER2 positivo', 'Investigación de la resistencia a los fármacos'),
  ),
  'thomas-hartley': physician(
    'el Dr. Thomas Hartley',
    'Oncólogo médico',
    [
      paragraph(
        'El Dr. Thomas Hartley trata el cáncer en el Triángulo desde hace más de 20 años. Atiende a personas con cáncer de mama RH+. Tiene un interés especial en mantener fuertes los huesos cuando el cáncer se ha extendido a ellos.',
      ),
      paragraph('Sus pacientes dicen que es tranquilo y directo. Le gusta dar respuestas claras. Cuando no hay una respuesta clara, lo dice. Luego le explica cómo le ayudará a elegir.'),
    ],
    lines('Cáncer de mama con receptores hormonales positivos', 'Metástasis en los huesos y salud de los huesos', 'Cáncer de mama en personas mayores'),
  ),
  'priya-raghunathan': physician(
    'la Dra. Priya Raghunathan',
    'Oncóloga médica',
    [
      paragraph(
        'La Dra. Priya Raghunathan trata el cáncer de mama HER2 positivo y HER2 bajo. Está al día con los nuevos estudios sobre los conjugados de anticuerpo y fármaco. Ayuda a sus pacientes a ver cuándo estos fármacos más nuevos pueden ser un buen próximo paso.',
      ),
      paragraph('Atiende a sus pacientes en inglés y en hindi. Les pide que traigan una lista de preguntas a cada cita. Siempre deja tiempo al final para repasarla.'),
    ],
    lines('Cáncer de mama HER2 positivo', 'Cáncer de mama HER2 bajo', 'Conjugados de anticuerpo y fármaco', 'Segundas opiniones'),
  ),
  'linh-pham': physician(
    'la Dra. Linh Pham',
    'Oncóloga médica',
    [
      paragraph(
        'La Dra. Linh Pham atiende a personas con cáncer de mama metastásico RH+ y triple negativo. Habla inglés y vietnamita. De niña, ayudaba a sus padres en sus propias citas médicas. Por eso sabe lo mucho que importan las palabras claras.',
      ),
      paragraph(
        'Le interesa cómo las pruebas de genes del tumor y de la sangre pueden llevar a mejores opciones. También llama pronto al equipo de cuidados paliativos. Así, los síntomas se tratan mientras sigue el tratamiento del cáncer.',
      ),
    ],
    lines('Pruebas genómicas para guiar el tratamiento', 'Cáncer de mama triple negativo', 'Cuidados paliativos desde el inicio'),
  ),
  'marcus-ellison': physician(
    'el Dr. Marcus Ellison',
    'Oncólogo médico',
    [
      paragraph(
        'El Dr. Marcus Ellison creció en el este de Carolina del Norte y eligió trabajar cerca de casa. Atiende a personas con cáncer de mama RH+ en nuestras clínicas de Wake Forest y Garner. Sus pacientes pueden recibir atención sin manejar largas distancias.',
      ),
      paragraph(
        'Es doctor en medicina osteopática (DO). Presta mucha atención a cómo se siente todo su cuerpo durante el tratamiento, como el dolor, el sueño y la energía. Trabaja de cerca con nuestros expertos de Durham y Raleigh cuando un paciente necesita una atención que solo ellos dan.',
      ),
    ],
    lines('Cáncer de mama con receptores hormonales positivos', 'Atención del cáncer en zonas rurales y pueblos pequeños', 'Control de los efectos secundarios'),
  ),
  'youssef-haddad': physician(
    'el Dr. Youssef Haddad',
    'Oncólogo médico; líder de la investigación del cáncer de mama triple negativo',
    [
      paragraph(
        'El Dr. Youssef Haddad dirige nuestra investigación sobre el cáncer de mama triple negativo. Dirige estudios tempranos de fármacos nuevos. Ayuda a sus pacientes a saber si un ensayo podría ser adecuado para ellos.',
      ),
      paragraph(
        'Habla inglés, árabe y francés. Les dice a sus pacientes que preguntar por los ensayos nunca quiere decir dejar de lado la atención estándar. Para muchas personas, un ensayo es una buena opción más que pensar.',
      ),
    ],
    lines('Cáncer de mama triple negativo', 'Ensayos clínicos de fase temprana', 'Inmunoterapia', 'Conjugados de anticuerpo y fármaco'),
  ),
  'claire-beaumont': physician(
    'la Dra. Claire Beaumont',
    'Oncóloga médica',
    [
      paragraph(
        'La Dra. Claire Beaumont trata el cáncer de mama RH+ y HER2 bajo en Chapel Hill y Hillsborough. Tiene un interés especial en los análisis de sangre que siguen los cambios en los genes del cáncer con el tiempo.',
      ),
      paragraph(
        'Quiere que usted salga de cada cita sabiendo tres cosas: cómo va el cáncer, cuál es el plan y a quién llamar. Muchos de sus pacientes son madres y padres que trabajan. Cuando es seguro, trata de planear el tratamiento en torno a su vida.',
      ),
    ],
    lines('Cáncer de mama con receptores hormonales positivos', 'Biopsia líquida', 'Cambios en el gen ESR1', 'Mujeres jóvenes con cáncer de mama'),
  ),
  'ji-hoon-park': physician(
    'el Dr. Ji-Hoon Park',
    'Oncólogo médico',
    [
      paragraph('El Dr. Ji-Hoon Park atiende a personas con cáncer de mama HER2 positivo en nuestra clínica de Cary. Habla inglés y coreano.'),
      paragraph(
        'Presta mucha atención a la salud del corazón, porque algunos fármacos contra el HER2 pueden debilitarlo. Trabaja con nuestros médicos del corazón. Esto ayuda a los pacientes a seguir con los fármacos que les funcionan por el mayor tiempo posible.',
      ),
    ],
    lines('Cáncer de mama HER2 positivo', 'Salud del corazón durante el tratamiento del cáncer', 'Atención de pacientes que hablan coreano'),
  ),
  'rebecca-lindqvist': physician(
    'la Dra. Rebecca Lindqvist',
    'Oncóloga médica; directora médica de la Oficina de Ensayos Clínicos',
    [
      paragraph(
        'La Dra. Rebecca Lindqvist dirige nuestra oficina de ensayos clínicos. Ha dirigido estudios de inmunoterapia y de nuevas mezclas de fármacos. Son para el cáncer de mama triple negativo y HER2 bajo.',
      ),
      paragraph(
        'Su agenda está llena para pacientes nuevos. Pero aún da segundas opiniones sobre los ensayos clínicos. Revisa cada ensayo que abrimos. Así se asegura de que sea claro y justo para las personas que entran en él.',
      ),
    ],
    lines('Ensayos clínicos', 'Inmunoterapia', 'Cáncer de mama triple negativo', 'Cáncer de mama HER2 bajo'),
  ),
  'jordan-whitaker': physician(
    'Jordan Whitaker, MD',
    'Especialista en oncología médica',
    [
      paragraph(
        'Jordan Whitaker, MD, trata el cáncer de mama RH+ y HER2 positivo en Durham y Garner. También atiende a hombres con cáncer de mama y a pacientes LGBTQ+. Cada paciente debe sentirse bienvenido y seguro en la clínica.',
      ),
      paragraph('Jordan Whitaker se formó en Carolina del Norte y se alegra de atender a pacientes en la misma parte del estado. Muchas citas de seguimiento se pueden hacer por video.'),
    ],
    lines('Cáncer de mama en hombres', 'Atención del cáncer para personas LGBTQ+', 'Cáncer de mama con receptores hormonales positivos', 'Cáncer de mama HER2 positivo'),
  ),
  'gabriela-fuentes': physician(
    'la Dra. Gabriela Fuentes',
    'Oncóloga médica',
    [
      paragraph('La Dra. Gabriela Fuentes atiende a personas con cáncer de mama RH+ y triple negativo. Habla inglés, español y portugués.'),
      paragraph(
        'Tiene un gran interés en los cambios en los genes con los que nacen las personas, como en BRCA1 y BRCA2. También trabaja con las pastillas que los atacan. Trabaja de cerca con nuestro equipo de genética. Así, los pacientes y sus familias reciben pruebas y consejos cuando los necesitan.',
      ),
    ],
    lines('Cambios heredados en BRCA1 y BRCA2', 'Inhibidores de PARP', 'Cáncer de mama triple negativo', 'Atención de pacientes que hablan español y portugués'),
  ),
  'anil-desai': physician(
    'el Dr. Anil Desai',
    'Oncólogo médico sénior',
    [
      paragraph(
        'El Dr. Anil Desai trata el cáncer de mama desde hace casi 30 años. Ayudó a abrir nuestra clínica de Hillsborough. Atiende a personas con todos los tipos de cáncer de mama metastásico. Es conocido por sus citas largas y sin prisa.',
      ),
      paragraph('Su agenda está llena para pacientes nuevos. Pero todavía da segundas opiniones y enseña a médicos más jóvenes. Habla inglés, guyaratí e hindi.'),
    ],
    lines('Todos los subtipos de cáncer de mama metastásico', 'Segundas opiniones', 'Enseñanza y mentoría'),
  ),
  // cirugía oncológica
  'katherine-osei': physician(
    'la Dra. Katherine Osei',
    'Cirujana oncóloga de mama',
    [
      paragraph(
        'La Dra. Katherine Osei es cirujana de mama. Las personas con cáncer de mama en estadio IV no suelen necesitar cirugía. Pero puede ayudar en algunos casos. Un ejemplo es un tumor en la mama que duele, sangra o se ha abierto por la piel.',
      ),
      paragraph('Habla con franqueza sobre lo que la cirugía puede y no puede hacer. Planea cualquier operación con su médico de cáncer, para que se ajuste a sus otros tratamientos.'),
    ],
    lines('Cirugía de tumores de mama que duelen o sangran', 'Cuidado de heridas por tumores de la piel', 'Segundas opiniones sobre cirugía'),
  ),
  'robert-castellano': physician(
    'el Dr. Robert Castellano',
    'Cirujano oncólogo',
    [
      paragraph('El Dr. Robert Castellano es cirujano de cáncer. Opera cánceres de la mama, de la piel y de los tejidos blandos. Atiende a sus pacientes en Raleigh y Cary.'),
      paragraph(
        'En las personas con cáncer de mama metastásico, casi siempre ayuda con tumores que causan dolor o heridas. También pone puertos para el tratamiento. Participa en nuestro comité de tumores de cada semana. Allí, los cirujanos, los médicos de cáncer y los médicos de radiación planean juntos la atención.',
      ),
    ],
    lines('Cirugía paliativa', 'Tumores de los tejidos blandos', 'Comité de tumores'),
  ),
  'naomi-feldman': physician(
    'la Dra. Naomi Feldman',
    'Cirujana oncóloga de mama',
    [
      paragraph(
        'La Dra. Naomi Feldman es cirujana de mama en Wake Forest y Raleigh. Atiende a personas en cada etapa del cáncer de mama. A menudo conoce a sus pacientes poco después de un diagnóstico nuevo.',
      ),
      paragraph(
        'Cuando el cáncer se ha extendido, ayuda a decidir si una operación le podría dar más bienestar. También explica por qué la cirugía de la mama no reemplaza las medicinas que tratan todo el cuerpo.',
      ),
    ],
    lines('Cirugía de mama', 'Cirugía paliativa', 'Cáncer de mama recién diagnosticado'),
  ),
  // oncología radioterápica
  'victor-almeida': physician(
    'el Dr. Victor Almeida',
    'Oncólogo radioterapeuta',
    [
      paragraph(
        'El Dr. Victor Almeida es médico de radiación en Durham y Hillsborough. Gran parte de su trabajo es aliviar el dolor del cáncer en los huesos. A menudo esto toma solo de una a cinco sesiones cortas.',
      ),
      paragraph(
        'Dirige una clínica que atiende la misma semana a las personas con dolor de huesos nuevo. Así, la radiación puede empezar pronto cuando hace falta. También trata zonas de cáncer en la columna antes de que presionen los nervios.',
      ),
    ],
    lines('Metástasis en los huesos', 'Radiación de la columna', 'Radiación rápida para el dolor'),
  ),
  'grace-mwangi': physician(
    'la Dra. Grace Mwangi',
    'Oncóloga radioterapeuta',
    [
      paragraph(
        'La Dra. Grace Mwangi trata el cáncer de mama con radiación en Raleigh y Garner. Atiende a personas cuyo cáncer se ha extendido a los huesos, al cerebro, a los ganglios o a la piel.',
      ),
      paragraph(
        'Antes del tratamiento, se sienta a hablar con usted. Repasa cuántas sesiones necesitará, cómo es cada una y qué efectos secundarios debe vigilar. No quiere que nadie entre a la sala de tratamiento sin saber lo que va a pasar.',
      ),
    ],
    lines('Radiación paliativa', 'Metástasis en los huesos', 'Metástasis en la piel y los ganglios'),
  ),
  'steven-kowalski': physician(
    'el Dr. Steven Kowalski',
    'Oncólogo radioterapeuta; director del Programa de Radiación Estereotáctica',
    [
      paragraph(
        'El Dr. Steven Kowalski dirige nuestro programa de radiocirugía. La radiocirugía dirige muchos rayos pequeños a un tumor desde distintos lados. El tumor recibe una dosis alta. El tejido sano de alrededor recibe mucho menos.',
      ),
      paragraph('La usa para zonas de cáncer en el cerebro, la columna, los pulmones y el hígado. También dirige un estudio de radiocirugía. Es para personas con solo unas pocas zonas a donde se fue el cáncer.'),
    ],
    lines('Radiocirugía estereotáctica para las metástasis en el cerebro', 'Radiación estereotáctica del cuerpo', 'Enfermedad limitada (oligometastásica)'),
  ),
  'mei-takahashi': physician(
    'la Dra. Mei Takahashi',
    'Oncóloga radioterapeuta',
    [
      paragraph('La Dra. Mei Takahashi es médica de radiación en Wake Forest y Raleigh. Habla inglés y japonés.'),
      paragraph(
        'Trata el cáncer en el cerebro con radiocirugía y con radiación de todo el cerebro. Cuando hay que tratar todo el cerebro, usa formas que ayudan a proteger la memoria. También trata las zonas de cáncer en los huesos que causan dolor.',
      ),
    ],
    lines('Metástasis en el cerebro', 'Proteger la memoria durante la radiación del cerebro', 'Metástasis en los huesos'),
  ),
  // radiología intervencionista
  'benjamin-alvarez': physician(
    'el Dr. Benjamin Alvarez',
    'Radiólogo intervencionista',
    [
      paragraph(
        'El Dr. Benjamin Alvarez es radiólogo intervencionista. Usa imágenes de TC y de ultrasonido para guiar agujas finas dentro del cuerpo. Casi siempre toma biopsias del hígado, los huesos, los ganglios y los pulmones.',
      ),
      paragraph(
        'También trata los huesos de la columna que el cáncer ha roto y que duelen. Usa la cifoplastia, que llena el hueso roto con cemento para huesos a través de una aguja. Casi todos los pacientes se van a casa el mismo día.',
      ),
    ],
    lines('Biopsia guiada por imágenes', 'Cifoplastia para las fracturas de la columna', 'Ablación de tumores'),
  ),
  'leah-brennan': physician(
    'la Dra. Leah Brennan',
    'Radióloga intervencionista',
    [
      paragraph(
        'La Dra. Leah Brennan es radióloga intervencionista en Cary y Garner. Pone puertos para el tratamiento y toma biopsias guiadas por imágenes. También saca el líquido que se junta alrededor de los pulmones o en el vientre.',
      ),
      paragraph('Algunas personas necesitan que les saquen líquido una y otra vez. Para ellas, puede poner un tubo pequeño y blando que se puede vaciar en casa. Esto ahorra muchos viajes al hospital.'),
    ],
    lines('Puertos para el tratamiento', 'Sacar el líquido alrededor de los pulmones o en el vientre', 'Biopsia guiada por imágenes'),
  ),
  // cuidados paliativos
  'ruth-abernathy': physician(
    'la Dra. Ruth Abernathy',
    'Médica de cuidados paliativos; directora médica de la Clínica de Cuidados Paliativos',
    [
      paragraph(
        'La Dra. Ruth Abernathy fundó nuestra clínica de cuidados paliativos. Los cuidados paliativos son un apoyo más para las personas con una enfermedad grave. Pueden empezar en cualquier momento, incluso el día del diagnóstico. Van de la mano con el tratamiento del cáncer.',
      ),
      paragraph(
        'Ayuda con el dolor, el cansancio, las náuseas, el mal dormir y la preocupación. También ayuda a las personas a hablar con su familia de sus esperanzas y sus planes, al ritmo que les parezca bien.',
      ),
    ],
    lines('Dolor por cáncer', 'Planificación anticipada de la atención', 'Apoyo para los cuidadores'),
  ),
  'tariq-mansour': physician(
    'el Dr. Tariq Mansour',
    'Médico de cuidados paliativos',
    [
      paragraph('El Dr. Tariq Mansour es médico de cuidados paliativos en Raleigh y Wake Forest. Habla inglés y árabe.'),
      paragraph(
        'Trata síntomas como el dolor de huesos, la falta de aire y la falta de apetito. A menudo atiende a sus pacientes por video entre las citas en la clínica. Así, un cambio de medicina no tiene que esperar.',
      ),
    ],
    lines('Dolor por metástasis en los huesos', 'Falta de aire', 'Cuidados paliativos por video'),
  ),
  'olga-petrova': physician(
    'la Dra. Olga Petrova',
    'Médica de cuidados paliativos',
    [
      paragraph('La Dra. Olga Petrova es médica de cuidados paliativos en Cary y Garner. Ayuda a las personas a sentirse lo mejor posible mientras viven con cáncer de mama metastásico.'),
      paragraph(
        'Tiene un interés especial en el dolor de los nervios y en el cansancio. Son comunes, y a menudo no se tratan lo suficiente. Trabaja de cerca con nuestro equipo de comida y dieta y con nuestros trabajadores sociales.',
      ),
    ],
    lines('Dolor de los nervios', 'Cansancio por el cáncer', 'Control de los síntomas durante la quimioterapia'),
  ),
  'isaiah-coleman': physician(
    'el Dr. Isaiah Coleman',
    'Médico de cuidados paliativos',
    [
      paragraph(
        'El Dr. Isaiah Coleman se formó en medicina familiar antes de dedicarse a los cuidados paliativos. Atiende a sus pacientes en Garner, Raleigh y Wake Forest, y por video.',
      ),
      paragraph(
        'Le gusta conocer a toda la familia. Ayuda a las personas a aclarar sus metas y a controlar sus síntomas. También les ayuda a planear con tiempo la atención en casa para cuando llegue ese momento.',
      ),
    ],
    lines('Reuniones con la familia', 'Planear la atención en casa', 'Control de los síntomas'),
  ),
  // neurooncología
  'meera-iyer': physician(
    'la Dra. Meera Iyer',
    'Neurooncóloga; codirectora de la Clínica de Metástasis en el Cerebro',
    [
      paragraph(
        'La Dra. Meera Iyer codirige nuestra clínica de cáncer en el cerebro. Allí, usted puede ver a un médico de cáncer del cerebro y a un médico de radiación el mismo día. Si la cirugía puede ayudar, la clínica trabaja con cirujanos del cerebro de hospitales cercanos.',
      ),
      paragraph(
        'Atiende a personas cuyo cáncer de mama se ha extendido al cerebro o al líquido de la columna. Trata los dolores de cabeza, las convulsiones y la inflamación en el cerebro. También revisa la memoria y la forma de pensar durante y después del tratamiento. Habla inglés e hindi.',
      ),
    ],
    lines(
      'Metástasis en el cerebro',
      'Enfermedad leptomeníngea (cáncer en el líquido de la columna)',
      'Atención de las convulsiones',
      'Memoria y forma de pensar después de la radiación del cerebro',
    ),
  ),
  'patrick-dunne': physician(
    'el Dr. Patrick Dunne',
    'Neurooncólogo',
    [
      paragraph('El Dr. Patrick Dunne es un neurólogo que trata los cánceres que afectan el cerebro y la médula espinal. Atiende a sus pacientes en Chapel Hill y Cary.'),
      paragraph('Su investigación estudia qué fármacos pueden pasar la barrera que protege el cerebro. Estudia cómo usarlos en el cáncer de mama que se ha extendido allí.'),
    ],
    lines('Metástasis en el cerebro', 'Tratamiento con fármacos del cáncer en el cerebro', 'Compresión de la médula espinal'),
  ),
  // genética del cáncer
  'tiana-brooks': physician(
    'la Dra. Tiana Brooks',
    'Médica de genética del cáncer',
    [
      paragraph(
        'La Dra. Tiana Brooks es genetista médica. Ayuda a las personas con cáncer de mama a saber si nacieron con un cambio en un gen que aumentó su riesgo de cáncer. Algunos ejemplos son los cambios en BRCA1, BRCA2 o PALB2.',
      ),
      paragraph(
        'En las personas con cáncer de mama metastásico, estos resultados pueden abrir paso a algunos tratamientos. También pueden ayudar a sus familiares a decidir si se hacen sus propias pruebas. Explica los resultados con palabras sencillas. Da a las familias notas por escrito que pueden compartir.',
      ),
    ],
    lines('Riesgo heredado de cáncer de mama', 'Pruebas genéticas para las familias', 'Acceso justo a las pruebas genéticas'),
  ),
  'kwame-asante': physician(
    'el Dr. Kwame Asante',
    'Oncólogo médico y especialista en genética del cáncer',
    [
      paragraph(
        'El Dr. Kwame Asante es un médico de cáncer con formación extra en genética. Dirige nuestro comité molecular de tumores. Allí, los expertos revisan los resultados de las pruebas de genes del tumor y de la sangre. Buscan el fármaco o el ensayo que mejor se ajuste.',
      ),
      paragraph(
        'Ayuda a los pacientes y a sus médicos a entender informes largos y complejos. Muestra qué cambios en los genes pueden llevar a un fármaco dirigido o a un ensayo clínico.',
      ),
    ],
    lines('Comité molecular de tumores', 'Pruebas de genes del tumor y de la sangre', 'Encontrar tratamientos dirigidos para cada paciente'),
  ),
  'camila-ortega': physician(
    'la Dra. Camila Ortega',
    'Médica de genética del cáncer',
    [
      paragraph('La Dra. Camila Ortega es genetista médica en Garner y Wake Forest. Habla inglés y español.'),
      paragraph(
        'Muchas de sus citas son por video. Se reúne con sus pacientes antes y después de las pruebas de genes. Les explica lo que un resultado podría querer decir para ellos, para sus hijos y para sus hermanos y hermanas.',
      ),
    ],
    lines('Asesoría genética por video', 'Pruebas para las familias', 'Atención de familias que hablan español'),
  ),
};
