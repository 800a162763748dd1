import { bullets, heading, paragraph, type SeedTranslation } from '../../types';

/**
 * Treatment pages in Spanish, keyed by their English slug. Drug names are the generic names in
 * their Spanish spelling (letrozol, tamoxifeno, everolimús, trastuzumab deruxtecán).
 */
export const treatments: SeedTranslation['treatments'] = {
  'endocrine-therapy': {
    slug: 'terapia-hormonal',
    name: 'Terapia endocrina (hormonal)',
    summary:
      'La terapia hormonal baja el estrógeno o impide que llegue a las células del cáncer. Es el tratamiento principal del cáncer de mama con receptores hormonales positivos (RH+). A menudo se da con un fármaco dirigido.',
    body: [
      paragraph(
        'Casi todos los cánceres de mama usan la hormona estrógeno para crecer. Un cáncer es RH+ si sus células tienen receptores de estrógeno (RE+), de progesterona (RP+) o de los dos. La terapia hormonal puede frenar o detener estos cánceres. Actúa sobre el cáncer en cualquier parte del cuerpo.',
      ),
      heading(3, 'Tipos de terapia hormonal'),
      bullets(
        'Los inhibidores de la aromatasa bajan la cantidad de estrógeno que produce el cuerpo después de la menopausia. Son pastillas diarias: letrozol, anastrozol y exemestano.',
        'El tamoxifeno es una pastilla diaria. Impide que el estrógeno se una a las células del cáncer.',
        'El fulvestrant bloquea el receptor de estrógeno y ayuda al cuerpo a deshacerlo. Es una inyección en el músculo. Se pone una vez al mes, después de unas primeras dosis.',
        'Hay pastillas más nuevas que actúan como el fulvestrant: elacestrant, imlunestrant y vepdegestrant. Son para el cáncer con un cambio en el gen ESR1 que creció después de otra terapia hormonal. Una prueba de sangre o de tejido encuentra este cambio.',
      ),
      heading(3, 'Si usted no ha pasado por la menopausia'),
      paragraph(
        'Sus ovarios todavía producen estrógeno. Por eso también necesitará la supresión de los ovarios. Es una inyección cada mes o cada 3 meses, como la goserelina o la leuprorelina. Hace que los ovarios dejen de producir estrógeno. Algunas personas, en cambio, eligen operarse para sacarse los ovarios.',
      ),
      heading(3, 'Hombres'),
      paragraph(
        'Los hombres pueden tomar tamoxifeno. Un hombre que toma un inhibidor de la aromatasa también necesita una inyección hormonal, llamada agonista de la GnRH. Baja las hormonas que el cuerpo puede convertir en estrógeno.',
      ),
      heading(3, 'La terapia hormonal a menudo va junto con otro fármaco'),
      paragraph(
        'En el cáncer de mama metastásico RH+, la terapia hormonal casi siempre se da con un fármaco dirigido. La primera opción de siempre añade un inhibidor de CDK4/6. Más adelante, las pruebas de genes pueden indicar un inhibidor de PI3K o de AKT, o el everolimús. Algunas personas toman abemaciclib con fulvestrant cuando otro inhibidor de CDK4/6 deja de funcionar.',
      ),
      paragraph(
        'Puede seguir con el mismo tratamiento durante meses o años. Es así mientras controle el cáncer y los efectos secundarios sean aceptables para usted. Tendrá imágenes y análisis de sangre, a menudo cada 2 a 3 meses al principio. Si el cáncer crece, su médico le sugerirá un plan nuevo.',
      ),
      heading(3, 'Embarazo, anticonceptivos y fertilidad'),
      paragraph(
        'Estos fármacos pueden dañar al bebé durante el embarazo. No se embarace mientras los toma. Use un método anticonceptivo sin hormonas, como un DIU de cobre o condones. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      paragraph('Los efectos secundarios son distintos con cada fármaco. Muchas personas tienen efectos leves o ninguno. Los más comunes son:'),
      bullets(
        'Bochornos (sofocos) y sudores de noche',
        'Dolores en las articulaciones y los músculos, casi siempre con los inhibidores de la aromatasa',
        'Sequedad vaginal y menos deseo sexual',
        'Huesos débiles con los inhibidores de la aromatasa. Su equipo puede revisar sus huesos y sugerirle calcio, vitamina D o un fármaco que fortalezca los huesos.',
        'Coágulos de sangre con el tamoxifeno, que son raros. Busque ayuda de inmediato si tiene dolor o hinchazón en una pierna, o falta de aire de repente.',
        'Cáncer del útero con el tamoxifeno, que es raro. Si todavía tiene útero, avise a su equipo de cualquier sangrado por la vagina.',
        'Dolor en la zona donde se pone la inyección de fulvestrant',
      ),
      paragraph(
        'Avise a su equipo de cualquier efecto secundario que le moleste. El ejercicio y las medicinas pueden ayudar. También puede ayudar cambiar a otro fármaco del mismo tipo.',
      ),
    ],
    seo: {
      metaTitle: 'Terapia hormonal para el cáncer de mama metastásico',
      metaDescription: 'Cómo la terapia hormonal (endocrina) trata el cáncer de mama metastásico RH+, los fármacos que se usan y sus efectos secundarios comunes.',
    },
  },
  'cdk46-inhibitors': {
    slug: 'inhibidores-de-cdk46',
    name: 'Inhibidores de CDK4/6',
    summary:
      'Los inhibidores de CDK4/6 son pastillas que frenan el crecimiento de las células del cáncer. Junto con la terapia hormonal, son un primer tratamiento común del cáncer de mama metastásico RH+/HER2 negativo. Ayudan a muchas personas a estar bien por más tiempo.',
    body: [
      paragraph(
        'CDK4 y CDK6 son proteínas que les dicen a las células cuándo dividirse. En el cáncer de mama RH+, ayudan a crecer al cáncer. Los inhibidores de CDK4/6 bloquean estas proteínas. Esto frena el cáncer.',
      ),
      paragraph(
        'Se usan tres de estas pastillas: palbociclib, ribociclib y abemaciclib. Usted toma una junto con la terapia hormonal, como un inhibidor de la aromatasa o el fulvestrant. Algunas se toman 3 semanas y luego se descansa 1 semana. Otras se toman todos los días.',
      ),
      paragraph(
        'Añadir una de estas pastillas a la terapia hormonal mantiene el cáncer bajo control por más tiempo que la terapia hormonal sola. Con algunas de ellas, las personas también han vivido más tiempo. Muchas personas las toman durante años.',
      ),
      heading(3, 'Qué esperar'),
      bullets(
        'Tendrá análisis de sangre con frecuencia en los primeros meses, a menudo cada 2 a 4 semanas. Más adelante los tendrá menos a menudo.',
        'Algunos de estos fármacos necesitan pruebas del ritmo del corazón (un ECG) y pruebas del hígado.',
        'Si los efectos secundarios son difíciles, su médico puede bajar la dosis. Una dosis más baja casi siempre sigue funcionando bien.',
        'Avise a su equipo de todas sus otras medicinas y suplementos. Algunos, como el jugo de toronja, cambian la forma en que actúan estos fármacos.',
        'Estos fármacos pueden dañar al bebé durante el embarazo. Use un método anticonceptivo sin hormonas mientras los toma, y pregunte por la fertilidad antes de empezar.',
      ),
    ],
    sideEffects: [
      bullets(
        'Bajos niveles de glóbulos blancos, que se ven en los análisis de sangre. Es más común con palbociclib y ribociclib. Llame a su equipo de atención si tiene fiebre.',
        'Diarrea, más común con abemaciclib, a menudo en las primeras semanas. Su equipo le dará una medicina para tener en casa.',
        'Cansancio, náuseas, llagas en la boca y pelo más fino',
        'Cambios en el ritmo del corazón o en las pruebas del hígado con ribociclib. Por eso se revisan.',
        'Rara vez, inflamación de los pulmones. Avise a su equipo si tiene tos nueva o falta de aire.',
      ),
      paragraph('Casi todos los efectos secundarios se pueden controlar con una dosis más baja o con otras medicinas.'),
    ],
  },
  'her2-targeted-therapy': {
    slug: 'terapia-dirigida-al-her2',
    name: 'Terapia dirigida al HER2',
    summary:
      'Los fármacos dirigidos al HER2 atacan las células del cáncer que tienen demasiada proteína HER2. Puede recibirlos por la vena, en una inyección debajo de la piel o en pastillas. A menudo se dan con quimioterapia o terapia hormonal. Han ayudado a las personas con cáncer HER2 positivo a vivir mucho más tiempo.',
    body: [
      paragraph(
        'Alrededor de 1 de cada 5 cánceres de mama produce demasiada cantidad de una proteína llamada HER2. El HER2 ayuda a crecer al cáncer. Estos cánceres se llaman HER2 positivos. Los fármacos que atacan el HER2 funcionan muy bien en ellos. Muchas personas con cáncer de mama metastásico HER2 positivo viven muchos años.',
      ),
      heading(3, 'Fármacos por la vena o en inyección'),
      paragraph(
        'Los anticuerpos son proteínas que se unen al HER2 y lo bloquean. Los dos que más se usan son el trastuzumab y el pertuzumab. Los recibe por la vena o en una inyección debajo de la piel, casi siempre cada 3 semanas.',
      ),
      heading(3, 'El primer tratamiento'),
      bullets(
        'Una opción junta trastuzumab y pertuzumab con un taxano, un tipo de quimioterapia. Después de varios meses, la quimioterapia a menudo se para. Los anticuerpos siguen mientras funcionen.',
        'Otra opción junta pertuzumab con trastuzumab deruxtecán. Este fármaco une un anticuerpo contra el HER2 a un fármaco de quimioterapia. En un estudio grande, mantuvo el cáncer bajo control por más tiempo. Puede causar más efectos secundarios, como inflamación de los pulmones.',
        'Su médico hablará con usted sobre qué opción le va mejor.',
      ),
      heading(3, 'Fármacos por la boca'),
      paragraph(
        'Algunas pastillas bloquean el HER2 desde dentro de la célula: tucatinib, lapatinib y neratinib. El tucatinib a menudo se da con trastuzumab y capecitabina, una quimioterapia en pastilla. Esta mezcla también puede ayudar a tratar el cáncer que se ha extendido al cerebro.',
      ),
      paragraph(
        'Si su cáncer también es RH+, su médico puede añadir terapia hormonal. Los conjugados de anticuerpo y fármaco unen un anticuerpo contra el HER2 a una quimioterapia. Son otra opción clave y tienen su propia página.',
      ),
      heading(3, 'Embarazo y fertilidad'),
      paragraph(
        'Los fármacos contra el HER2 pueden dañar al bebé durante el embarazo. Use un método anticonceptivo mientras los toma y durante 7 meses después de la última dosis. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      bullets(
        'Corazón: el trastuzumab y fármacos parecidos pueden debilitar el músculo del corazón. Le harán una prueba del corazón (un ecocardiograma) antes de empezar y cada pocos meses. Casi siempre mejora si se pausa el fármaco.',
        'Diarrea, más común con pertuzumab y con las pastillas contra el HER2',
        'Escalofríos o fiebre durante la primera dosis por la vena. Casi siempre es leve.',
        'Cambios en las pruebas del hígado con tucatinib. Sarpullido y diarrea con lapatinib y neratinib.',
      ),
      paragraph('La página de quimioterapia explica los efectos secundarios de la quimioterapia que se da con estos fármacos.'),
    ],
  },
  'antibody-drug-conjugates': {
    slug: 'conjugados-de-anticuerpo-y-farmaco',
    name: 'Conjugados de anticuerpo y fármaco (ADC)',
    summary:
      'Un conjugado de anticuerpo y fármaco (ADC) une un anticuerpo a un fármaco fuerte de quimioterapia. El anticuerpo encuentra las células del cáncer que tienen cierta proteína. Luego les lleva la quimioterapia. Los ADC se usan en todos los subtipos de cáncer de mama metastásico.',
    body: [
      paragraph(
        'Un ADC funciona como una entrega guiada. La parte del anticuerpo encuentra una proteína en la parte de fuera de las células del cáncer. Cuando el ADC está dentro de la célula, suelta su quimioterapia. Más fármaco va a las células del cáncer y menos a las sanas. Pero las células sanas todavía pueden sufrir daño.',
      ),
      heading(3, 'ADC que atacan el HER2'),
      bullets(
        'El trastuzumab deruxtecán se usa en el cáncer HER2 positivo. Con pertuzumab, puede ser el primer tratamiento. También puede ser el siguiente tratamiento después de otros fármacos contra el HER2.',
        'También se usa en el cáncer HER2 bajo. En el cáncer RH+, se usa después de la terapia hormonal, incluso cuando el HER2 es ultrabajo.',
        'El trastuzumab emtansina (T-DM1) se usa en el cáncer HER2 positivo después de otros fármacos contra el HER2.',
      ),
      heading(3, 'ADC que atacan el TROP-2'),
      bullets(
        'El TROP-2 es una proteína que está en muchas células de cáncer de mama. Dos ADC la atacan: sacituzumab govitecán y datopotamab deruxtecán.',
        'En el cáncer triple negativo, los dos pueden ser ahora un primer tratamiento si la inmunoterapia no es adecuada para usted. Si su tumor es PD-L1 positivo, el sacituzumab govitecán se puede dar con pembrolizumab, un fármaco de inmunoterapia.',
        'Los dos se usan también en el cáncer RH+/HER2 negativo después de la terapia hormonal y la quimioterapia.',
      ),
      paragraph(
        'Los ADC se dan por la vena, casi siempre cada 3 semanas. Algunos se dan los días 1 y 8 de cada 3 semanas. Cada visita dura de 30 minutos a unas horas. El tratamiento sigue mientras controle el cáncer y los efectos secundarios sean aceptables.',
      ),
      paragraph(
        'El resultado de su prueba de HER2 importa aquí. Puede que su informe diga HER2 «0». Pregunte a su médico si la prueba buscó niveles de HER2 bajo o ultrabajo. Esto puede cambiar sus opciones.',
      ),
      heading(3, 'Embarazo y fertilidad'),
      paragraph(
        'Los ADC pueden dañar al bebé durante el embarazo. Use un método anticonceptivo durante el tratamiento y por algunos meses después. Pregunte a su equipo por cuánto tiempo. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      paragraph('Los efectos secundarios dependen del fármaco. Los más comunes son:'),
      bullets(
        'Náuseas y vómitos. Le darán medicinas para evitarlos.',
        'Cansancio',
        'Pelo más fino o caída del pelo con algunos ADC',
        'Bajos niveles de células de la sangre, que suben el riesgo de infección. Llame de inmediato si tiene fiebre.',
        'Diarrea, sobre todo con sacituzumab govitecán',
        'Llagas en la boca y ojos secos o irritados con datopotamab deruxtecán',
      ),
      heading(3, 'Inflamación de los pulmones'),
      paragraph(
        'El trastuzumab deruxtecán puede causar una inflamación de los pulmones llamada neumonitis. Les pasa a alrededor de 1 de cada 10 personas. Puede ser grave. El datopotamab deruxtecán también la puede causar, menos a menudo. Su equipo revisará sus pulmones con imágenes.',
      ),
      paragraph(
        'Avise de inmediato a su equipo si tiene tos nueva, falta de aire o fiebre. Es más fácil de tratar cuando se encuentra pronto.',
      ),
    ],
  },
  chemotherapy: {
    slug: 'quimioterapia',
    name: 'Quimioterapia',
    summary:
      'La quimioterapia usa fármacos que matan las células que crecen rápido, como las del cáncer. Se puede usar en todos los subtipos de cáncer de mama metastásico. Puede recibirla por la vena o en pastilla, casi siempre un fármaco a la vez.',
    body: [
      paragraph(
        'Los fármacos de quimioterapia viajan por la sangre. Pueden llegar al cáncer en cualquier parte del cuerpo. Pueden achicar los tumores, aliviar los síntomas y ayudar a vivir más tiempo.',
      ),
      paragraph(
        'En el cáncer RH+, casi siempre se usa cuando los fármacos hormonales dejan de funcionar. En el cáncer triple negativo, puede ser parte del primer tratamiento. En el cáncer HER2 positivo, casi siempre se da con fármacos contra el HER2.',
      ),
      heading(3, 'Fármacos de quimioterapia comunes'),
      bullets(
        'Taxanos: paclitaxel, nab-paclitaxel y docetaxel (por la vena)',
        'Capecitabina (una pastilla que se toma en casa)',
        'Antraciclinas: doxorrubicina y doxorrubicina liposomal (por la vena)',
        'Eribulina, vinorelbina y gemcitabina (por la vena)',
        'Fármacos de platino: carboplatino y cisplatino (por la vena). A menudo se usan en el cáncer triple negativo o en el cáncer ligado a cambios en los genes BRCA.',
      ),
      paragraph(
        'Los médicos casi siempre usan un fármaco a la vez. Esto es más suave para el cuerpo. En la mayoría de las personas, funciona casi tan bien como dos fármacos. Se pueden usar dos fármacos cuando el cáncer crece rápido o causa problemas graves. Puede seguir con un fármaco mientras funcione y usted se sienta bastante bien. Luego cambia a otro.',
      ),
      heading(3, 'Embarazo y fertilidad'),
      paragraph(
        'La quimioterapia puede dañar al bebé durante el embarazo y puede afectar la fertilidad. Use un método anticonceptivo durante el tratamiento y por un tiempo después. Pregunte a su equipo por cuánto tiempo. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      paragraph('Cada fármaco tiene sus propios efectos secundarios, y no todas las personas los tienen. Los más comunes son:'),
      bullets(
        'Cansancio',
        'Más riesgo de infección por bajos niveles de glóbulos blancos. Llame de inmediato si su temperatura es de 100.4 °F (38 °C) o más.',
        'Náuseas, que las medicinas casi siempre pueden evitar',
        'Caída del pelo con algunos fármacos (no con la capecitabina)',
        'Adormecimiento u hormigueo en las manos y los pies con los taxanos, la eribulina y algunos otros',
        'Palmas de las manos y plantas de los pies rojas y adoloridas con la capecitabina',
        'Llagas en la boca y diarrea',
      ),
      paragraph(
        'Su equipo puede cambiar la dosis o el horario. Le pueden dar medicinas para evitar o tratar los efectos secundarios. En algunas personas, un gorro frío durante cada infusión puede ayudar a evitar la caída del pelo. Los guantes y calcetines fríos pueden ayudar a evitar el daño a los nervios de las manos y los pies.',
      ),
    ],
  },
  immunotherapy: {
    slug: 'inmunoterapia',
    name: 'Inmunoterapia',
    summary:
      'La inmunoterapia ayuda a su sistema inmunitario a encontrar y atacar las células del cáncer. En el cáncer de mama metastásico, se usa en los cánceres triple negativos que salen positivos para la proteína PD-L1. Se da con quimioterapia o con un conjugado de anticuerpo y fármaco.',
    body: [
      paragraph(
        'Las células de defensa tienen «frenos» que les impiden atacar. Uno de los frenos es una proteína de estas células llamada PD-1. Las células del cáncer pueden producir una proteína llamada PD-L1. Esta pisa el freno PD-1, y así el cáncer se puede esconder. El pembrolizumab bloquea el PD-1. Así quita el freno, y el sistema inmunitario puede atacar el cáncer.',
      ),
      heading(3, 'Quién puede recibir inmunoterapia'),
      bullets(
        'Las personas con cáncer de mama metastásico triple negativo cuyo tumor es PD-L1 positivo. Una prueba de laboratorio en una muestra del tumor da un puntaje. Un puntaje de 10 o más cuenta como positivo.',
        'Casi siempre es parte del primer tratamiento del cáncer metastásico. Se da con quimioterapia o con sacituzumab govitecán, un conjugado de anticuerpo y fármaco.',
        'Puede que su cáncer volviera poco después de tratar un cáncer de mama temprano con un plan que incluía inmunoterapia. Entonces quizás no funcione tan bien ahora. Su médico lo tendrá en cuenta.',
        'Rara vez, las personas con cualquier subtipo la pueden recibir si las pruebas de genes del tumor muestran ciertos cambios. Uno se llama MSI alto. Otro es un número alto de cambios en los genes.',
      ),
      paragraph(
        'El pembrolizumab se puede dar por la vena cada 3 o 6 semanas. También viene en una inyección debajo de la piel, que dura solo unos minutos. Cuando funciona, el beneficio puede durar mucho tiempo. Hay ensayos que prueban la inmunoterapia en otros subtipos.',
      ),
      heading(3, 'Embarazo y fertilidad'),
      paragraph(
        'La inmunoterapia puede dañar al bebé durante el embarazo. Use un método anticonceptivo durante el tratamiento y por 4 meses después de la última dosis. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      paragraph(
        'La inmunoterapia hace más activo al sistema inmunitario. Por eso, a veces puede atacar partes sanas del cuerpo. Esto puede pasar durante el tratamiento o incluso meses después de que termine.',
      ),
      bullets(
        'Cansancio, sarpullido o picazón',
        'Problemas de la tiroides, que son comunes y se tratan con pastillas',
        'Diarrea o dolor de vientre (inflamación del intestino)',
        'Tos o falta de aire (inflamación de los pulmones)',
        'Menos a menudo, problemas del hígado, de los riñones o de las glándulas que producen hormonas, o un tipo repentino de diabetes',
      ),
      paragraph(
        'Avise a su equipo de cualquier síntoma nuevo, aunque parezca pequeño. Muchos de estos problemas se tratan con esteroides. Mejoran cuando se encuentran pronto. Si va a una sala de emergencias, lleve una tarjeta o nota que diga que recibe inmunoterapia.',
      ),
    ],
  },
  'targeted-therapy-pi3k-akt-parp': {
    slug: 'terapia-dirigida-pi3k-akt-parp',
    name: 'Terapia dirigida: inhibidores de PI3K, AKT, mTOR y PARP',
    summary:
      'Algunos cánceres de mama tienen cambios en los genes que ciertas pastillas pueden atacar. Las pruebas de genes del tumor o de la sangre muestran si una de estas pastillas le puede ayudar.',
    body: [
      paragraph(
        'Los fármacos dirigidos actúan sobre ciertos cambios en los genes o proteínas de las células del cáncer. Primero, su médico necesita resultados de pruebas que muestren que su cáncer tiene el blanco correcto. La página del perfil genómico explica cómo se hacen estas pruebas.',
      ),
      heading(3, 'Inhibidores de PI3K, AKT y mTOR'),
      paragraph(
        'Estas pastillas se usan en el cáncer RH+/HER2 negativo, con terapia hormonal. Unos 4 de cada 10 de estos cánceres tienen un cambio en el gen PIK3CA. Algunos tienen cambios en los genes AKT1 o PTEN.',
      ),
      bullets(
        'El alpelisib se toma con fulvestrant cuando el cáncer tiene un cambio en PIK3CA.',
        'El capivasertib se toma con fulvestrant cuando el cáncer tiene un cambio en PIK3CA, AKT1 o PTEN.',
        'El inavolisib se puede dar con palbociclib y fulvestrant. Es para el cáncer con un cambio en PIK3CA que volvió durante la terapia hormonal o poco después.',
        'El everolimús se puede tomar con exemestano, sin importar lo que muestre la prueba de genes.',
      ),
      heading(3, 'Inhibidores de PARP'),
      paragraph(
        'El olaparib y el talazoparib son pastillas para personas que nacieron con un cambio dañino en el gen BRCA1 o BRCA2. El cáncer debe ser HER2 negativo. Estas pastillas impiden que las células del cáncer reparen su ADN, y así las células mueren. Una prueba de sangre o de saliva encuentra este cambio de nacimiento.',
      ),
      heading(3, 'Embarazo y fertilidad'),
      paragraph(
        'Estas pastillas pueden dañar al bebé durante el embarazo. Use un método anticonceptivo mientras las toma y por un tiempo después. Pregunte a su equipo por cuánto tiempo. Si quiere tener hijos, pregunte por sus opciones antes de empezar.',
      ),
    ],
    sideEffects: [
      bullets(
        'Azúcar alta en la sangre con los inhibidores de PI3K y de AKT. Usted se medirá el azúcar. Algunas personas necesitan medicina para la diabetes.',
        'Sarpullido, diarrea y llagas en la boca. Con el everolimús, un enjuague bucal especial puede ayudar a evitar las llagas en la boca.',
        'Náuseas, cansancio y bajos niveles de células de la sangre con los inhibidores de PARP. Lo más común es tener pocos glóbulos rojos (anemia).',
      ),
      paragraph(
        'Su equipo le hará análisis de sangre a menudo, sobre todo en las primeras semanas. Muchos efectos secundarios mejoran con una dosis más baja.',
      ),
    ],
  },
  surgery: {
    slug: 'cirugia',
    name: 'Cirugía',
    summary:
      'La cirugía no es un tratamiento principal del cáncer de mama metastásico, porque el cáncer está en más de un lugar. Puede ayudar en algunos casos. Por ejemplo, un tumor que duele o sangra, un hueso que se puede romper, o presión sobre la médula espinal.',
    body: [
      paragraph(
        'Cuando el cáncer de mama se ha extendido, los fármacos que llegan a todo el cuerpo hacen casi todo el trabajo. En la mayoría de las personas, sacar el tumor de la mama no les ayuda a vivir más tiempo. Aun así, a veces la cirugía es la opción correcta.',
      ),
      heading(3, 'Cuándo puede ayudar la cirugía'),
      bullets(
        'Un tumor en la mama o debajo del brazo que duele, sangra, está infectado o se ha abierto por la piel',
        'Cáncer que presiona la médula espinal, o una columna que no está estable. La cirugía puede proteger su capacidad de caminar y de controlar la vejiga.',
        'Un hueso, como el del muslo, que se ha roto o que es probable que se rompa. Un cirujano de huesos (ortopedista) puede poner una varilla o una placa de metal para sostenerlo.',
        'Un solo tumor grande en el cerebro que causa síntomas. Esto lo hace un cirujano del cerebro (neurocirujano).',
        'Sacar los ovarios, como una forma de una sola vez de hacer que dejen de producir estrógeno',
      ),
      paragraph(
        'Nuestros cirujanos de mama hacen las cirugías de mama y de ovarios. Para las cirugías de huesos, de columna o de cerebro, le enviamos a cirujanos con los que trabajamos en hospitales cercanos. Ellos forman parte de nuestro comité de tumores para planear su atención.',
      ),
      paragraph(
        'Su cirujano hablará con su oncólogo médico sobre el mejor momento. Algunos fármacos se deben pausar antes y después de una operación.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Los riesgos dependen del tipo de cirugía. Incluyen dolor, sangrado, infección y una curación lenta. La recuperación puede tomar de unos días a varias semanas.',
      ),
      paragraph(
        'Su equipo le ayudará a controlar el dolor y a moverse sin riesgo. Un fisioterapeuta le puede ayudar a recuperar la fuerza. Su equipo también planeará cuándo volver a empezar su tratamiento del cáncer.',
      ),
    ],
  },
  'palliative-radiation': {
    slug: 'radioterapia-paliativa',
    name: 'Radioterapia paliativa',
    summary:
      'La radiación usa rayos fuertes dirigidos a una zona. En el cáncer de mama metastásico, puede aliviar el dolor de huesos, proteger la columna y tratar el cáncer en el cerebro. A menudo solo se necesitan unas pocas visitas cortas.',
    body: [
      paragraph(
        'La radioterapia paliativa trata la parte del cuerpo donde el cáncer causa problemas, o pronto los puede causar. Usted no siente los rayos, igual que con una radiografía. Cada sesión dura solo unos minutos cuando ya está en su lugar.',
      ),
      heading(3, 'Radiación para las metástasis en los huesos'),
      paragraph(
        'La radiación alivia el dolor del cáncer en un hueso en la mayoría de las personas. A menudo se hacen de 1 a 10 sesiones. En muchas personas, una sola sesión funciona bien. El dolor casi siempre empieza a bajar en 1 a 4 semanas. La radiación también se usa de inmediato cuando el cáncer presiona la médula espinal.',
      ),
      heading(3, 'Radiación para las metástasis en el cerebro'),
      bullets(
        'La radiocirugía (SRS) dirige muchos rayos pequeños a cada zona del cerebro. Se hacen de 1 a 5 sesiones. A menudo se usa cuando hay solo unas pocas zonas.',
        'La radiación de todo el cerebro trata el cerebro completo, durante 1 a 2 semanas. Se usa cuando hay muchas zonas. Una medicina llamada memantina puede ayudar a proteger la memoria. También ayuda una forma de dirigir los rayos que cuida la parte del cerebro que se usa para la memoria.',
      ),
      heading(3, 'Otros usos'),
      paragraph(
        'La radiocirugía del cuerpo (SBRT) dirige rayos fuertes y exactos a zonas pequeñas de los pulmones, el hígado o los huesos. La radiación también puede aliviar el sangrado o el dolor de tumores en la mama, la piel o los ganglios.',
      ),
      paragraph('La radiación puede dañar al bebé durante el embarazo. Avise a su equipo si está embarazada o si puede estarlo.'),
    ],
    sideEffects: [
      paragraph(
        'Los efectos secundarios dependen de la zona tratada. Casi siempre afectan solo esa zona. Son comunes el cansancio y la piel roja o adolorida. El dolor de huesos puede empeorar por uno o dos días. Esto se llama brote de dolor. Un tratamiento corto con esteroides puede ayudar.',
      ),
      bullets(
        'La radiación cerca de la garganta o el pecho puede causar dolor de garganta o problemas para tragar por un tiempo.',
        'La radiación en el vientre puede causar náuseas.',
        'La radiación de todo el cerebro puede causar caída del pelo, cansancio y cambios en la memoria o en la forma de pensar.',
        'Después de la radiocirugía, algunas personas tienen inflamación en el cerebro. Se trata con esteroides.',
      ),
    ],
  },
  'bone-health-and-symptom-care': {
    slug: 'salud-de-los-huesos-y-control-de-sintomas',
    name: 'Salud de los huesos y control de los síntomas',
    summary:
      'Los cuidados de apoyo tratan los síntomas del cáncer y le mantienen con la mayor fuerza posible. Incluyen fármacos que fortalecen los huesos, el control del dolor y la atención de los síntomas del cáncer en el cerebro.',
    body: [
      paragraph(
        'Los huesos son el lugar más común a donde se extiende el cáncer de mama. El cáncer en un hueso puede causar dolor. Puede debilitar el hueso, y así se rompe más fácil. También puede subir el nivel de calcio en la sangre. Tratar estos problemas es parte de una buena atención del cáncer.',
      ),
      heading(3, 'Fármacos que fortalecen los huesos'),
      bullets(
        'El ácido zoledrónico se da por la vena, casi siempre cada 4 a 12 semanas.',
        'El denosumab es una inyección debajo de la piel, casi siempre cada 4 semanas.',
        'Los dos bajan sobre todo el riesgo de fracturas y de otros problemas de los huesos. También pueden aliviar un poco el dolor de huesos. La radiación y las medicinas para el dolor son lo que más trata el dolor.',
        'También tomará calcio y vitamina D, a menos que su médico le diga que no.',
        'Si puede, vea a un dentista antes de empezar. Rara vez, estos fármacos pueden dañar el hueso de la mandíbula. Un buen cuidado de los dientes baja el riesgo.',
        'No deje el denosumab por su cuenta. Cuando se deja, los huesos pueden perder fuerza rápido, y los huesos de la columna se pueden romper. Su médico planeará una forma segura de dejarlo, a menudo con otro fármaco.',
      ),
      heading(3, 'Control del dolor'),
      paragraph(
        'La medicina para el dolor se elige según el tipo de dolor. Las opciones incluyen acetaminofén, antiinflamatorios, opioides para el dolor fuerte y medicinas para el dolor de los nervios. La radiación y los bloqueos de nervios también pueden ayudar. También ayuda la cifoplastia, que pone cemento para huesos en un hueso roto de la columna. Nuestro equipo de cuidados paliativos es experto en controlar el dolor.',
      ),
      heading(3, 'Síntomas de las metástasis en el cerebro'),
      paragraph(
        'Los esteroides como la dexametasona bajan la inflamación en el cerebro. Pueden aliviar rápido los dolores de cabeza y otros síntomas. Si ha tenido una convulsión, tomará una medicina para evitar más. La radiación, y a veces la cirugía, tratan el cáncer en sí.',
      ),
      heading(3, 'Rehabilitación'),
      paragraph(
        'Los terapeutas le pueden ayudar a mantenerse en actividad y a hacer lo que le gusta. Los fisioterapeutas ayudan con la fuerza, el equilibrio y las formas seguras de moverse con cáncer en los huesos. Los terapeutas ocupacionales ayudan con las tareas diarias en casa y en el trabajo. Los terapeutas del habla ayudan con el habla, la deglución y la memoria. Los terapeutas de linfedema tratan la hinchazón del brazo o del pecho.',
      ),
      heading(3, 'Cuándo llamar a su equipo de atención'),
      bullets(
        'Fiebre de 100.4 °F (38 °C) o más durante el tratamiento',
        'Dolor de huesos nuevo, o dolor que empeora o no le deja dormir',
        'Tos nueva, falta de aire o dolor en el pecho',
        'Piel u ojos amarillos, hinchazón del vientre o dolor debajo de las costillas del lado derecho',
        'Dolores de cabeza nuevos, cambios en la vista o problemas de equilibrio',
        'Mucha sed, confusión, estreñimiento o mucho cansancio. Pueden ser señales de calcio alto.',
      ),
      heading(3, 'Cuándo llamar al 911'),
      bullets(
        'Dolor de espalda nuevo o peor con debilidad, adormecimiento u hormigueo en las piernas, o problemas para controlar la vejiga o el intestino. Esto puede ser presión sobre la médula espinal.',
        'Una convulsión, confusión de repente, o un dolor de cabeza muy fuerte con vómitos',
        'Falta de aire de repente, o dolor e hinchazón de repente en una pierna',
      ),
    ],
    sideEffects: [
      bullets(
        'El ácido zoledrónico puede causar dolores parecidos a la gripe por uno o dos días después de las primeras dosis. Puede afectar los riñones, así que le harán análisis de sangre de los riñones.',
        'El denosumab puede bajar el calcio en la sangre. El calcio y la vitamina D ayudan a evitarlo.',
        'Rara vez, los dos pueden dañar el hueso de la mandíbula. Avise a su equipo si tiene dolor de dientes o de mandíbula, o un diente flojo.',
        'Los opioides a menudo causan estreñimiento y sueño. Tome un ablandador de heces o un laxante como le indique su equipo.',
        'Los esteroides pueden subir el azúcar en la sangre. Pueden causar problemas para dormir y cambios de ánimo. El equipo usa la dosis más baja que ayude.',
      ),
    ],
  },
};
