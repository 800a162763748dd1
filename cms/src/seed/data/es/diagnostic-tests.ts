import { bullets, heading, paragraph, type SeedTranslation } from '../../types';

/** Diagnostic test pages in Spanish, keyed by their English slug. */
export const diagnosticTests: SeedTranslation['diagnosticTests'] = {
  'ct-scan': {
    slug: 'tomografia-computarizada',
    name: 'Tomografía computarizada (TC)',
    summary:
      'Una TC usa rayos X y una computadora para hacer imágenes detalladas del interior del cuerpo. Es la forma más común de buscar cáncer en el pecho, el vientre y la pelvis. También muestra si el tratamiento funciona.',
    body: [
      paragraph(
        'Una TC toma muchas imágenes de rayos X desde distintos ángulos. Una computadora las une en cortes. Muestra los pulmones, el hígado, los ganglios y los huesos. Su médico puede pedir primero una radiografía simple de un hueso que duele o del pecho. Luego una TC da más detalle.',
      ),
      heading(3, 'Qué pasa durante la prueba'),
      bullets(
        'Usted se acuesta en una mesa que pasa por dentro de un gran anillo. La prueba dura solo unos minutos.',
        'Casi todas las TC usan un tinte de contraste para ver mejor los órganos. Entra por la vena (IV), y a veces también se toma un poco. El tinte puede darle calor por un momento.',
        'Avise al equipo si ha tenido una reacción al tinte de contraste, si tiene problemas de riñón o si puede estar embarazada.',
        'Puede que le pidan no comer durante unas horas antes de la prueba.',
      ),
      paragraph(
        'Un radiólogo, que es un médico que lee imágenes, revisa las imágenes. Casi siempre, su médico de cáncer repasa los resultados con usted en pocos días. Durante el tratamiento, puede hacerse una TC cada 2 a 4 meses. Muestra si el cáncer se achica, sigue igual o crece.',
      ),
    ],
  },
  'bone-scan': {
    slug: 'gammagrafia-osea',
    name: 'Gammagrafía ósea',
    summary:
      'Una gammagrafía ósea muestra zonas de hueso que están cambiando. Esto puede ser una señal de que el cáncer se extendió a los huesos. Revisa todo el esqueleto a la vez.',
    body: [
      paragraph(
        'Los huesos son el lugar más común a donde se extiende el cáncer de mama. Una gammagrafía ósea puede encontrar estas zonas, a menudo antes de que se vean en una radiografía.',
      ),
      heading(3, 'Qué pasa durante la prueba'),
      bullets(
        'Le ponen en una vena del brazo una pequeña cantidad de un marcador con un poco de radiación.',
        'Espera de 2 a 4 horas mientras el marcador se junta en sus huesos. Casi siempre puede irse y volver. Tome mucha agua.',
        'Luego se acuesta en una mesa, sin moverse, por unos 30 a 60 minutos mientras una cámara toma imágenes.',
        'La cantidad de radiación es pequeña. Sale de su cuerpo en uno o dos días.',
      ),
      paragraph(
        'La gammagrafía también puede marcar zonas por artritis, lesiones viejas o huesos que sanan. Por eso su médico puede pedir una radiografía, una TC o una RM para saber más. Al inicio del tratamiento, las zonas pueden verse peor por un tiempo corto mientras los huesos sanan. Esto se llama brote.',
      ),
    ],
  },
  'pet-ct': {
    slug: 'pet-tc',
    name: 'PET/TC',
    summary:
      'Una PET/TC es dos pruebas en una. Un marcador muestra dónde las células usan mucha azúcar, como suelen hacer las células del cáncer. La TC muestra justo dónde están esas zonas.',
    body: [
      paragraph(
        'La PET/TC puede buscar cáncer en todo el cuerpo a la vez, por ejemplo en los huesos y los ganglios. Se puede usar cuando otras imágenes no son claras. También puede dar una imagen completa cuando se encuentra por primera vez el cáncer metastásico.',
      ),
      heading(3, 'Qué pasa durante la prueba'),
      bullets(
        'No coma durante unas 4 a 6 horas antes de la prueba. Puede tomar agua. Si tiene diabetes, pregunte cómo manejar su azúcar en la sangre y sus medicinas.',
        'Evite el ejercicio fuerte el día antes.',
        'Le ponen en una vena un marcador hecho de azúcar. Usted descansa en calma por una hora más o menos mientras se reparte por su cuerpo.',
        'La prueba dura unos 20 a 30 minutos.',
      ),
      paragraph(
        'En algunos cánceres RH+, otro marcador puede mostrar dónde está el cáncer con RE positivo. Se pega a los receptores de estrógeno. Su médico le dirá si esta prueba le puede servir. Los resultados casi siempre llegan a su médico de cáncer en pocos días.',
      ),
    ],
  },
  mri: {
    slug: 'resonancia-magnetica',
    name: 'Resonancia magnética (RM) del cerebro o de la columna',
    summary:
      'La RM usa un imán fuerte y ondas de radio, no rayos X, para hacer imágenes muy detalladas. Es la mejor prueba para buscar cáncer en el cerebro y la médula espinal. También revisa la columna si tiene dolor de espalda con debilidad o adormecimiento.',
    body: [
      paragraph(
        'Su médico puede pedir una RM del cerebro si tiene dolores de cabeza, cambios en la vista, convulsiones, debilidad, confusión o problemas de equilibrio. A algunas personas con cáncer HER2 positivo o triple negativo se les puede hacer una RM del cerebro aun sin síntomas.',
      ),
      paragraph(
        'Se hace una RM de la columna cuando el cáncer puede estar presionando la médula espinal. Esto a menudo es urgente. La RM también puede ver más de cerca el hígado o los huesos.',
      ),
      heading(3, 'Qué pasa durante la prueba'),
      bullets(
        'Usted se acuesta en una mesa que entra en una máquina con forma de tubo. La máquina hace ruidos fuertes como golpes. Le darán tapones para los oídos o audífonos.',
        'La prueba dura unos 30 a 60 minutos. Tiene que estar sin moverse.',
        'Casi siempre le ponen por la vena (IV) un tinte de contraste llamado gadolinio.',
        'Si los lugares pequeños le causan ansiedad, pregunte si puede tomar una medicina que le ayude a relajarse.',
      ),
      heading(3, 'Metales y aparatos'),
      bullets(
        'Antes de la prueba, avise al equipo si tiene algún metal en el cuerpo. Esto incluye un marcapasos, grapas, implantes o restos de metralla. Algunos aparatos no son seguros en una RM.',
        'Avise al equipo si tiene un expansor de tejido en la mama. Muchos expansores tienen un imán en el puerto que se usa para llenarlos. No debe hacerse una RM con este tipo de expansor. Su equipo puede elegir otra prueba.',
        'Casi todos los implantes de mama sin imán son seguros en una RM.',
      ),
    ],
  },
  biopsy: {
    slug: 'biopsia',
    name: 'Biopsia de una zona metastásica',
    summary:
      'Una biopsia toma una pequeña muestra de una zona que parece cáncer en las imágenes. Muestra si es cáncer de mama que se ha extendido. La muestra también se usa para estudiar los receptores y los genes del cáncer.',
    body: [
      paragraph(
        'Las imágenes pueden mostrar zonas que parecen cáncer, pero solo una biopsia lo puede decir con certeza. También descarta otras causas, como una infección u otro tipo de cáncer. Si se puede hacer sin riesgo, se aconseja una biopsia cuando se sospecha por primera vez un cáncer de mama metastásico.',
      ),
      heading(3, 'Qué pasa durante la prueba'),
      bullets(
        'Casi todas las biopsias usan una aguja fina guiada por TC o ultrasonido. Las zonas comunes son el hígado, los ganglios, los pulmones, la piel y los huesos.',
        'Le dan una medicina para adormecer la zona, y a menudo otra para ayudarle a relajarse. Casi siempre usted está consciente.',
        'Puede juntarse líquido alrededor de los pulmones o en el vientre. Si pasa, también se puede estudiar una muestra de ese líquido.',
        'Casi todas las personas se van a casa el mismo día. La zona puede doler por unos días.',
        'Puede que tenga que dejar los anticoagulantes por un tiempo corto antes de la biopsia. Su equipo le dirá cómo.',
      ),
      paragraph(
        'Los resultados casi siempre tardan de 3 a 7 días. Las pruebas de receptores y de genes de la muestra pueden tardar más. Cuando se puede elegir, una muestra de tejido blando suele ser mejor que una de hueso. La forma en que se tratan las muestras de hueso en el laboratorio puede afectar algunas pruebas.',
      ),
    ],
  },
  'receptor-testing': {
    slug: 'pruebas-de-receptores',
    name: 'Pruebas de RE, RP y HER2',
    summary:
      'Las pruebas de laboratorio de la biopsia muestran si el cáncer tiene receptores de estrógeno (RE), receptores de progesterona (RP) y HER2 de más. Estos resultados dicen el tipo de cáncer. Guían casi todas las decisiones de tratamiento.',
    body: [
      paragraph(
        'Un patólogo es un médico que estudia las células. Tiñe cortes finos de la muestra y los mira con un microscopio. Los resultados pueden ser distintos a los de su primer cáncer de mama, porque los cánceres pueden cambiar con el tiempo. Por eso, cuando se puede, se vuelve a estudiar el tumor metastásico.',
      ),
      heading(3, 'Receptores hormonales (RE y RP)'),
      paragraph(
        'El informe da el porcentaje de células del cáncer con cada receptor. El cáncer tiene receptores hormonales positivos (RH+) si el 1 % o más de las células tienen RE, RP o los dos. Entonces la terapia hormonal puede funcionar. Los cánceres con muy poco RE, del 1 % al 10 %, pueden actuar más como cánceres con RE negativo.',
      ),
      heading(3, 'HER2'),
      paragraph('La prueba de HER2 da un puntaje de 0 a 3+:'),
      bullets(
        '3+ quiere decir HER2 positivo.',
        '2+ no es claro. Por eso, otra prueba, llamada ISH o FISH, cuenta los genes HER2. Si hay copias de más, el cáncer es HER2 positivo. Si no, es HER2 negativo. También cuenta como HER2 bajo.',
        '1+ es HER2 negativo. También cuenta como HER2 bajo.',
        '0 es HER2 negativo. Algunos laboratorios informan «ultrabajo» cuando ven una tinción muy tenue en unas pocas células.',
      ),
      paragraph(
        'Así que HER2 bajo y ultrabajo son parte de HER2 negativo. No son un grupo aparte. Pero importan, porque el trastuzumab deruxtecán los puede tratar.',
      ),
      heading(3, 'Triple negativo'),
      paragraph(
        'Cuando RE, RP y HER2 son todos negativos, el cáncer es triple negativo. Entonces el laboratorio también estudia el PD-L1. Esto muestra si la inmunoterapia podría ayudar.',
      ),
      paragraph('Los resultados casi siempre tardan una semana más o menos después de la biopsia.'),
    ],
  },
  'genomic-profiling': {
    slug: 'perfil-genomico',
    name: 'Perfil genómico (pruebas del tumor y de la sangre)',
    summary:
      'Las pruebas de genes buscan cambios en el cáncer que algunos fármacos o ensayos clínicos atacan. Se pueden hacer en una muestra de tejido o en una muestra de sangre, llamada biopsia líquida.',
    body: [
      paragraph(
        'Las células del cáncer tienen cambios en los genes que las ayudan a crecer. Algunos fármacos atacan estos cambios. Una prueba genómica revisa muchos genes a la vez.',
      ),
      heading(3, 'Tejido o sangre'),
      bullets(
        'Una prueba de tejido usa una muestra de biopsia, a menudo la misma que se usó para las pruebas de receptores.',
        'Una biopsia líquida usa una toma de sangre normal. Encuentra pedacitos de ADN del cáncer en la sangre. Evita otra biopsia. También puede mostrar cambios en los genes que aparecen durante el tratamiento.',
        'Si una prueba de sangre no encuentra nada, igual puede haber un cambio. Por eso puede que aún se necesite una prueba de tejido.',
      ),
      heading(3, 'Cambios en los genes que buscan los médicos'),
      bullets(
        'Cambios en PIK3CA, AKT1 y PTEN, que se pueden tratar con inhibidores de PI3K o de AKT',
        'Cambios en ESR1, que a menudo aparecen después de un inhibidor de la aromatasa. Se pueden tratar con pastillas hormonales más nuevas.',
        'Cambios en BRCA1 y BRCA2, que se pueden tratar con inhibidores de PARP',
        'Cambios poco comunes, como MSI alto o fusiones de NTRK, que tienen sus propios tratamientos',
      ),
      paragraph(
        'Nuestro comité molecular de tumores es un grupo de expertos que se reúne para ver los resultados de las pruebas de genes. Buscan fármacos o ensayos para cada cambio. Luego le envían consejos a su médico.',
      ),
      heading(3, 'Cambios en los genes heredados'),
      paragraph(
        'Algunos cambios en los genes están en todas las células del cuerpo, no solo en el cáncer. Usted nació con ellos. Una prueba aparte de sangre o de saliva los encuentra. Pueden guiar el tratamiento e importar para su familia. Nuestros asesores en genética le pueden explicar los resultados.',
      ),
      paragraph('Los resultados casi siempre tardan de 1 a 3 semanas.'),
    ],
  },
  'blood-tests-and-tumor-markers': {
    slug: 'analisis-de-sangre-y-marcadores-tumorales',
    name: 'Análisis de sangre y marcadores tumorales',
    summary:
      'Los análisis de sangre muestran cómo está su cuerpo y cómo tolera el tratamiento. Algunas personas también tienen pruebas de marcadores tumorales. Estas pueden ayudar a ver si el tratamiento funciona.',
    body: [
      paragraph(
        'Tendrá análisis de sangre al recibir el diagnóstico y a menudo durante el tratamiento. La sangre se saca de una vena del brazo o de su puerto.',
      ),
      heading(3, 'Análisis de sangre de rutina'),
      bullets(
        'Un conteo de sangre revisa los glóbulos rojos, los glóbulos blancos y las plaquetas. Muchos fármacos contra el cáncer los pueden bajar.',
        'Las pruebas del hígado y de los riñones muestran qué tan bien funcionan estos órganos. Ayudan a su equipo a elegir dosis seguras.',
        'Una prueba de calcio puede encontrar el calcio alto, que puede venir del cáncer en los huesos.',
        'Se hacen pruebas de azúcar en la sangre con algunos fármacos dirigidos y con los esteroides.',
      ),
      heading(3, 'Marcadores tumorales'),
      paragraph(
        'Los marcadores tumorales son proteínas en la sangre que producen algunos cánceres de mama. Los más comunes son el CA 15-3, el CA 27.29 y el CEA. Si suben, puede ser una señal de que el cáncer crece. Si bajan, puede querer decir que el tratamiento funciona.',
      ),
      paragraph(
        'Los marcadores tumorales no se usan solos. No suben en todas las personas. También pueden subir por un tiempo corto cuando el tratamiento empieza a funcionar. Su médico los mira junto con sus síntomas y sus imágenes.',
      ),
    ],
  },
};
