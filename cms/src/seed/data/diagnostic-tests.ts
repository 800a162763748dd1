import { bullets, heading, paragraph, type Review, type SeedDiagnosticTest } from '../types';

/** Demo diagnostic test pages, in plain language. Shown on the diagnosis page in sortOrder. */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

export const diagnosticTests: SeedDiagnosticTest[] = [
  {
    slug: 'ct-scan',
    name: 'CT scan',
    category: 'imaging',
    sortOrder: 10,
    summary:
      'A CT scan uses X-rays and a computer to make detailed pictures of the inside of the body. It is the most common way to look for cancer in the chest, belly and pelvis. It also shows if treatment is working.',
    body: [
      paragraph(
        'A CT scan takes many X-ray pictures from different angles. A computer puts them together into slices. It shows the lungs, liver, lymph nodes and bones. Your doctor may first order a plain X-ray of a painful bone or of the chest. Then a CT scan gives more detail.',
      ),
      heading(3, 'What happens'),
      bullets(
        'You lie on a table that slides through a large ring. The scan takes only a few minutes.',
        'Most scans use contrast dye to make organs easier to see. It goes in through an IV, and sometimes you drink some too. The dye can make you feel warm for a moment.',
        'Tell the team if you have had a reaction to contrast dye, have kidney problems, or could be pregnant.',
        'You may be asked not to eat for a few hours before the scan.',
      ),
      paragraph(
        'A radiologist, a doctor who reads scans, looks at the pictures. Your cancer doctor most often goes over the results with you within a few days. During treatment, you may have a CT scan every 2 to 4 months. It shows if the cancer is shrinking, stable or growing.',
      ),
    ],
    review: review('linh-pham', '2026-11-24'),
  },
  {
    slug: 'bone-scan',
    name: 'Bone scan',
    category: 'imaging',
    sortOrder: 20,
    summary:
      'A bone scan shows areas of bone that are changing. This can be a sign that cancer has spread to the bones. It looks at the whole skeleton at once.',
    body: [
      paragraph(
        'Bones are the most common place for breast cancer to spread. A bone scan can find these areas, often before they show on an X-ray.',
      ),
      heading(3, 'What happens'),
      bullets(
        'A small amount of a mildly radioactive tracer is put into a vein in your arm.',
        'You wait 2 to 4 hours while the tracer collects in your bones. You can most often leave and come back. Drink plenty of water.',
        'Then you lie still on a table for about 30 to 60 minutes while a camera takes pictures.',
        'The amount of radiation is small. It leaves your body within a day or two.',
      ),
      paragraph(
        'A bone scan can also light up from arthritis, old injuries or healing bones. So your doctor may order an X-ray, CT or MRI to learn more. Early in treatment, spots can look worse for a short time as bones heal. This is called a flare.',
      ),
    ],
    review: review('thomas-hartley', '2026-11-24'),
  },
  {
    slug: 'pet-ct',
    name: 'PET/CT scan',
    category: 'imaging',
    sortOrder: 30,
    summary:
      'A PET/CT scan is two scans in one. A tracer shows where cells use a lot of sugar, as cancer cells often do. The CT shows just where those areas are.',
    body: [
      paragraph(
        'PET/CT can look for cancer in the whole body at once, such as in bones and lymph nodes. It may be used when other scans are unclear. It can also give a full picture when metastatic cancer is first found.',
      ),
      heading(3, 'What happens'),
      bullets(
        'Do not eat for about 4 to 6 hours before the scan. Water is fine. If you have diabetes, ask how to manage your blood sugar and medicines.',
        'Avoid hard exercise the day before.',
        'A tracer made from sugar is put into a vein. You rest quietly for about an hour while it spreads through your body.',
        'The scan takes about 20 to 30 minutes.',
      ),
      paragraph(
        'For some HR+ cancers, a different tracer can show where ER-positive cancer is. It sticks to estrogen receptors. Your doctor will tell you if this test could help you. Results most often reach your cancer doctor within a few days.',
      ),
    ],
    review: review('claire-beaumont', '2026-11-24'),
  },
  {
    slug: 'mri',
    name: 'MRI of the brain or spine',
    category: 'imaging',
    sortOrder: 40,
    summary:
      'MRI uses a strong magnet and radio waves, not X-rays, to make very detailed pictures. It is the best test to look for cancer in the brain and spinal cord. It also checks the spine when you have back pain with weakness or numbness.',
    body: [
      paragraph(
        'Your doctor may order a brain MRI if you have headaches, vision changes, seizures, weakness, confusion or balance problems. Some people with HER2-positive or triple-negative cancer may have brain MRIs even without symptoms.',
      ),
      paragraph(
        'A spine MRI is done when cancer may be pressing on the spinal cord. This is often urgent. MRI can also take a closer look at the liver or bones.',
      ),
      heading(3, 'What happens'),
      bullets(
        'You lie on a table that slides into a tube-shaped machine. It makes loud knocking sounds. You will get earplugs or headphones.',
        'The scan takes about 30 to 60 minutes. You need to lie still.',
        'Most often, a contrast dye called gadolinium is given through an IV.',
        'If small spaces make you anxious, ask if medicine to help you relax is an option.',
      ),
      heading(3, 'Metal and devices'),
      bullets(
        'Before the scan, tell the team about any metal in your body. This includes a pacemaker, clips, implants or shrapnel. Some devices are not safe in an MRI.',
        'Tell the team if you have a breast tissue expander. Many expanders have a magnet in the port used to fill them. You should not have an MRI with this kind of expander. Your team can choose another scan.',
        'Most breast implants without a magnet are safe in an MRI.',
      ),
    ],
    review: review('meera-iyer', '2026-11-24'),
  },
  {
    slug: 'biopsy',
    name: 'Biopsy of a metastatic site',
    category: 'biopsy',
    sortOrder: 50,
    summary:
      'A biopsy takes a small sample from an area that looks like cancer on a scan. It shows if the cancer is breast cancer that has spread. The sample is also used to test the cancer\'s receptors and genes.',
    body: [
      paragraph(
        'Scans can show spots that look like cancer, but only a biopsy can say for sure. It also rules out other causes, such as an infection or a different cancer. If it can be done safely, a biopsy is advised when metastatic breast cancer is first suspected.',
      ),
      heading(3, 'What happens'),
      bullets(
        'Most biopsies use a thin needle guided by CT or ultrasound. Common sites are the liver, lymph nodes, lungs, skin and bones.',
        'You get medicine to numb the area, and often medicine to help you relax. You are most often awake.',
        'Fluid can build up around the lungs or in the belly. If it does, a sample of that fluid can be tested, too.',
        'Most people go home the same day. The area may be sore for a few days.',
        'You may need to stop blood thinners for a short time before the biopsy. Your team will tell you how.',
      ),
      paragraph(
        'Results most often take 3 to 7 days. Receptor and gene tests on the sample can take longer. When there is a choice, a sample from soft tissue is often better than bone. The way bone samples are treated in the lab can affect some tests.',
      ),
    ],
    review: review('benjamin-alvarez', '2026-11-24'),
  },
  {
    slug: 'receptor-testing',
    name: 'ER, PR and HER2 testing',
    category: 'lab',
    sortOrder: 60,
    summary:
      'Lab tests on the biopsy sample show if the cancer has estrogen receptors (ER), progesterone receptors (PR) and extra HER2. These results tell the type of cancer. They guide most treatment choices.',
    body: [
      paragraph(
        'A pathologist is a doctor who studies cells. They stain thin slices of the sample and look at them under a microscope. The results may differ from those of your first breast cancer, because cancers can change over time. That is why the metastatic tumor is tested again when possible.',
      ),
      heading(3, 'Hormone receptors (ER and PR)'),
      paragraph(
        'The report gives the percent of cancer cells with each receptor. The cancer is hormone receptor-positive (HR+) if 1% or more of the cells have ER, PR or both. Then hormone therapy may work. Cancers with very low ER, 1% to 10%, may act more like ER-negative cancers.',
      ),
      heading(3, 'HER2'),
      paragraph('The HER2 test gives a score from 0 to 3+:'),
      bullets(
        '3+ means HER2-positive.',
        '2+ is unclear. So a second test, called ISH or FISH, counts the HER2 genes. If there are extra copies, the cancer is HER2-positive. If not, it is HER2-negative. It also counts as HER2-low.',
        '1+ is HER2-negative. It also counts as HER2-low.',
        '0 is HER2-negative. Some labs report "ultralow" when they see a very faint stain on a few cells.',
      ),
      paragraph(
        'So HER2-low and ultralow are part of HER2-negative. They are not a group of their own. But they matter, because trastuzumab deruxtecan can treat them.',
      ),
      heading(3, 'Triple-negative'),
      paragraph(
        'When ER, PR and HER2 are all negative, the cancer is triple-negative. Then the lab also tests PD-L1. This shows if immunotherapy could help.',
      ),
      paragraph('Results most often take about a week after the biopsy.'),
    ],
    review: review('priya-raghunathan', '2026-11-24'),
  },
  {
    slug: 'genomic-profiling',
    name: 'Genomic profiling (tumor and blood tests)',
    category: 'genomic',
    sortOrder: 70,
    summary:
      'Gene tests look for changes in the cancer that some drugs or clinical trials target. They can be done on a tissue sample or on a blood sample, called a liquid biopsy.',
    body: [
      paragraph(
        'Cancer cells carry gene changes that help them grow. Some drugs target these changes. A genomic test checks many genes at once.',
      ),
      heading(3, 'Tissue or blood'),
      bullets(
        'A tissue test uses a biopsy sample, often the same one used for receptor tests.',
        'A liquid biopsy uses a normal blood draw. It finds small pieces of cancer DNA in the blood. It avoids another biopsy. It can also show gene changes that appear during treatment.',
        'If a blood test finds nothing, there may still be a change. So a tissue test may still be needed.',
      ),
      heading(3, 'Gene changes doctors look for'),
      bullets(
        'PIK3CA, AKT1 and PTEN changes, which PI3K or AKT inhibitors may treat',
        'ESR1 changes, which often appear after an aromatase inhibitor. Newer hormone pills may treat them.',
        'BRCA1 and BRCA2 changes, which PARP inhibitors may treat',
        'Rare changes, such as MSI-high or NTRK fusions, that have their own treatments',
      ),
      paragraph(
        'Our molecular tumor board is a group of experts who meet to look at gene test results. They match changes to drugs or trials. Then they send advice to your doctor.',
      ),
      heading(3, 'Inherited gene changes'),
      paragraph(
        'Some gene changes are in every cell of the body, not only in the cancer. You were born with them. A separate blood or saliva test finds them. They can guide treatment and matter for your family. Our genetic counselors can explain the results.',
      ),
      paragraph('Results most often take 1 to 3 weeks.'),
    ],
    review: review('kwame-asante', '2026-11-24'),
  },
  {
    slug: 'blood-tests-and-tumor-markers',
    name: 'Blood tests and tumor markers',
    category: 'lab',
    sortOrder: 80,
    summary:
      'Blood tests check how your body is doing and how it handles treatment. Some people also have tumor marker tests. These can help show if treatment is working.',
    body: [
      paragraph(
        'You will have blood tests at diagnosis and often during treatment. They are taken from a vein in your arm or from your port.',
      ),
      heading(3, 'Routine blood tests'),
      bullets(
        'A blood count checks red cells, white cells and platelets. Many cancer drugs can lower them.',
        'Liver and kidney tests show how well these organs work. They help your team choose safe doses.',
        'A calcium test can find high calcium, which cancer in the bones can cause.',
        'Blood sugar tests are done with some targeted drugs and with steroids.',
      ),
      heading(3, 'Tumor markers'),
      paragraph(
        'Tumor markers are proteins in the blood that some breast cancers make. The most common are CA 15-3, CA 27.29 and CEA. A rise can be a sign that the cancer is growing. A fall can mean treatment is working.',
      ),
      paragraph(
        'Tumor markers are not used alone. They do not go up in everyone. They can also rise for a short time when treatment first starts to work. Your doctor looks at them with your symptoms and scans.',
      ),
    ],
    review: review('linh-pham', '2026-11-24'),
  },
];
