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
      'A CT scan uses X-rays and a computer to make detailed pictures of the inside of the body. It is the most common way to look for cancer in the chest, belly and pelvis and to check whether treatment is working.',
    body: [
      paragraph(
        'A CT (computed tomography) scan takes many X-ray pictures from different angles and puts them together into slices. It shows the lungs, liver, lymph nodes and bones. Your doctor may first order a plain X-ray of a painful bone or of the chest, and then a CT scan for more detail.',
      ),
      heading(3, 'What happens'),
      bullets(
        'You lie on a table that slides through a large ring. The scan itself takes only a few minutes.',
        'Most scans use contrast dye, given through an IV, and sometimes a drink, to make organs easier to see. The dye can make you feel warm for a moment.',
        'Tell the team if you have had a reaction to contrast dye before, have kidney problems, or could be pregnant.',
        'You may be asked not to eat for a few hours before the scan.',
      ),
      paragraph(
        'A radiologist reads the pictures, and your oncologist usually goes over the results with you within a few days. During treatment, CT scans are often repeated every 2 to 4 months to see whether the cancer is shrinking, stable or growing.',
      ),
    ],
    review: review('linh-pham', '2026-04-28'),
  },
  {
    slug: 'bone-scan',
    name: 'Bone scan',
    category: 'imaging',
    sortOrder: 20,
    summary:
      'A bone scan shows areas of bone that are changing, which can be a sign that cancer has spread to the bones. It looks at the whole skeleton at once.',
    body: [
      paragraph(
        'Bones are the most common place for breast cancer to spread. A bone scan can find these areas, often before they show on an X-ray.',
      ),
      heading(3, 'What happens'),
      bullets(
        'A small amount of a mildly radioactive tracer is put into a vein in your arm.',
        'You wait 2 to 4 hours while the tracer collects in your bones. You can usually leave and come back. Drink plenty of water.',
        'You then lie still on a table for about 30 to 60 minutes while a camera takes pictures.',
        'The amount of radiation is small and leaves your body within a day or two.',
      ),
      paragraph(
        'A bone scan can also light up from arthritis, old injuries or healing bones, so your doctor may order an X-ray, CT or MRI of an area to find out more. Early in treatment, spots can briefly look worse as bones heal, which is called a flare.',
      ),
    ],
    review: review('thomas-hartley', '2026-04-28'),
  },
  {
    slug: 'pet-ct',
    name: 'PET/CT scan',
    category: 'imaging',
    sortOrder: 30,
    summary:
      'A PET/CT scan combines two scans in one. A tracer shows where cells are using a lot of sugar, as cancer cells often do, and the CT shows exactly where those areas are.',
    body: [
      paragraph(
        'PET/CT can look for cancer in the whole body at once, including bones and lymph nodes. It may be used when other scans are unclear or to get a full picture when metastatic cancer is first found.',
      ),
      heading(3, 'What happens'),
      bullets(
        'Do not eat for about 4 to 6 hours before the scan. Water is fine. If you have diabetes, ask how to manage your blood sugar and medicines.',
        'Avoid hard exercise the day before.',
        'A sugar-based tracer is put into a vein. You rest quietly for about an hour while it spreads through your body.',
        'The scan takes about 20 to 30 minutes.',
      ),
      paragraph(
        'For some HR+ cancers, a different tracer that attaches to estrogen receptors can show where ER-positive cancer is. Your doctor will tell you if this test could help you. Results usually reach your oncologist within a few days.',
      ),
    ],
    review: review('claire-beaumont', '2026-05-05'),
  },
  {
    slug: 'mri',
    name: 'MRI of the brain or spine',
    category: 'imaging',
    sortOrder: 40,
    summary:
      'MRI uses a strong magnet and radio waves, not X-rays, to make very detailed pictures. It is the best test to look for cancer in the brain and spinal cord and to check the spine when there is back pain with weakness or numbness.',
    body: [
      paragraph(
        'Your doctor may order a brain MRI if you have headaches, vision changes, seizures, weakness, confusion or balance problems. Some people with HER2-positive or triple-negative cancer may have brain MRIs even without symptoms. A spine MRI is done, often urgently, when cancer may be pressing on the spinal cord. MRI can also look more closely at the liver or at bones.',
      ),
      heading(3, 'What happens'),
      bullets(
        'You lie on a table that slides into a tube-shaped machine. It makes loud knocking sounds, so you will get earplugs or headphones.',
        'The scan takes about 30 to 60 minutes. You need to lie still.',
        'Contrast dye called gadolinium is usually given through an IV.',
        'Tell the team about any metal in your body, such as a pacemaker, clips, implants or shrapnel, before the scan. Some devices are not safe in an MRI.',
        'If small spaces make you anxious, ask whether medicine to help you relax is an option.',
      ),
    ],
    review: review('meera-iyer', '2026-05-05'),
  },
  {
    slug: 'biopsy',
    name: 'Biopsy of a metastatic site',
    category: 'biopsy',
    sortOrder: 50,
    summary:
      'A biopsy takes a small sample from an area that looks like cancer on a scan. It confirms that the cancer is breast cancer that has spread, and the sample is used to test the cancer\'s receptors and genes.',
    body: [
      paragraph(
        'Scans can show spots that look like cancer, but only a biopsy can say for sure. It also rules out other causes, such as an infection or a different cancer. When it can be done safely, a biopsy is recommended when metastatic breast cancer is first suspected.',
      ),
      heading(3, 'What happens'),
      bullets(
        'Most biopsies are done with a thin needle guided by CT or ultrasound. Common sites are the liver, lymph nodes, lungs, skin and bones.',
        'You get medicine to numb the area, and often medicine to help you relax. You are usually awake.',
        'If fluid has built up around the lungs or in the belly, a sample of that fluid can be tested, too.',
        'Most people go home the same day. The area may be sore for a few days.',
        'You may need to stop blood thinners for a short time before the biopsy. Your team will tell you how.',
      ),
      paragraph(
        'Results usually take 3 to 7 days. Receptor and gene tests on the sample can take longer. When there is a choice, a soft tissue site is often better than bone, because treating bone samples can affect some tests.',
      ),
    ],
    review: review('benjamin-alvarez', '2026-03-17'),
  },
  {
    slug: 'receptor-testing',
    name: 'ER, PR and HER2 testing',
    category: 'lab',
    sortOrder: 60,
    summary:
      'Lab tests on the biopsy sample show whether the cancer has estrogen receptors (ER), progesterone receptors (PR) and extra HER2. These results define the subtype and guide most treatment choices.',
    body: [
      paragraph(
        'A pathologist stains thin slices of the tumor sample and looks at them under a microscope. The results may be different from those of your first breast cancer, because cancers can change over time. That is why the metastatic tumor is tested again when possible.',
      ),
      heading(3, 'Hormone receptors (ER and PR)'),
      paragraph(
        'The report gives the percent of cancer cells with each receptor. If 1% or more have ER or PR, the cancer is hormone receptor-positive and hormone therapy may work. Cancers with very low ER (1% to 10%) may behave more like ER-negative cancers.',
      ),
      heading(3, 'HER2'),
      bullets(
        '3+ means HER2-positive.',
        '2+ is unclear, so a second test (ISH or FISH) counts the HER2 genes. If it shows extra copies, the cancer is HER2-positive. If not, it is HER2-low.',
        '1+ means HER2-low.',
        '0 means HER2-negative. Some labs also report "ultralow" when a very faint stain is seen.',
      ),
      heading(3, 'Triple-negative'),
      paragraph(
        'When ER, PR and HER2 are all negative, the cancer is called triple-negative. For triple-negative cancer, the lab also tests PD-L1 to see whether immunotherapy could help.',
      ),
      paragraph('Results usually take about a week after the biopsy.'),
    ],
    review: review('priya-raghunathan', '2026-06-17'),
  },
  {
    slug: 'genomic-profiling',
    name: 'Genomic profiling (tumor and blood tests)',
    category: 'genomic',
    sortOrder: 70,
    summary:
      'Genomic tests look for gene changes in the cancer that can be matched to targeted drugs or clinical trials. They can be done on a tissue sample or on a blood sample, called a liquid biopsy.',
    body: [
      paragraph(
        'Cancer cells carry gene changes that help them grow. Some of these changes can be targeted with specific drugs. Genomic profiling, also called next-generation sequencing, checks many genes at once.',
      ),
      heading(3, 'Tissue or blood'),
      bullets(
        'Tissue testing uses a biopsy sample, often the same one used for receptor tests.',
        'A liquid biopsy uses a normal blood draw to find small pieces of cancer DNA in the blood. It avoids another biopsy and can show gene changes that appear over time during treatment.',
        'If a blood test finds nothing, it does not always mean there is no change, so a tissue test may still be needed.',
      ),
      heading(3, 'Gene changes doctors look for'),
      bullets(
        'PIK3CA, AKT1 and PTEN changes, which may be treated with PI3K or AKT inhibitors',
        'ESR1 changes, which often appear after an aromatase inhibitor and may be treated with newer hormone pills',
        'BRCA1 and BRCA2 changes, which may be treated with PARP inhibitors',
        'Rare changes, such as high microsatellite instability or NTRK fusions, that have their own treatments',
      ),
      heading(3, 'Inherited gene changes'),
      paragraph(
        'Some gene changes are not only in the cancer but in every cell of the body, because you were born with them. These are found with a separate blood or saliva test. Knowing about them can guide treatment and matters for your family. Our genetic counselors can explain the results.',
      ),
      paragraph('Results usually take 1 to 3 weeks.'),
    ],
    review: review('kwame-asante', '2026-08-26'),
  },
];
