import { bullets, heading, paragraph, type Review, type SeedSubtype } from '../types';

/** Demo subtype pages, in plain language. */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

export const subtypes: SeedSubtype[] = [
  {
    slug: 'hr-positive-her2-negative',
    name: 'Hormone receptor-positive, HER2-negative',
    shortName: 'HR+/HER2−',
    sortOrder: 10,
    estrogenReceptor: 'positive',
    progesteroneReceptor: 'either',
    her2Status: 'negative',
    summary:
      'This is the most common type of metastatic breast cancer. The cancer cells use estrogen to grow and do not make extra HER2. Treatment usually starts with hormone therapy plus a targeted pill, and many people live well on it for years.',
    body: [
      paragraph(
        'About 7 in 10 breast cancers are hormone receptor-positive (HR+) and HER2-negative. HR+ means the cancer cells have receptors for the hormone estrogen (ER+). Many also have receptors for progesterone (PR+). These cancers use hormones to grow. So drugs that lower or block estrogen can control them.',
      ),
      heading(3, 'How it is usually treated'),
      bullets(
        'First treatment: most people take hormone therapy, such as an aromatase inhibitor or fulvestrant, together with a CDK4/6 inhibitor pill.',
        'Next treatments: gene tests of the tumor or blood guide the choice. Options include fulvestrant or elacestrant, a PI3K or AKT inhibitor, everolimus, or a PARP inhibitor for people born with a BRCA1 or BRCA2 change.',
        'When hormone-based treatments stop working, antibody-drug conjugates or chemotherapy are used. If your cancer is HER2-low, see the HER2-low page too.',
      ),
      paragraph(
        'Hormone therapy can keep this type of cancer in check for a long time. It often has fewer side effects than chemotherapy. If the cancer is growing fast or harming an organ such as the liver, your doctor may suggest chemotherapy first.',
      ),
      paragraph(
        'Radiation and drugs that make bones stronger can treat bone pain at any time. Clinical trials are open for people at every step.',
      ),
    ],
    review: review('amara-okafor', '2026-05-26'),
    treatments: [
      'endocrine-therapy',
      'cdk46-inhibitors',
      'targeted-therapy-pi3k-akt-parp',
      'antibody-drug-conjugates',
      'chemotherapy',
      'palliative-radiation',
      'bone-health-and-symptom-care',
      'surgery',
    ],
    seo: {
      metaTitle: 'HR+/HER2-negative metastatic breast cancer',
      metaDescription: 'What HR+/HER2-negative metastatic breast cancer is and how it is treated, from hormone therapy with targeted pills to chemotherapy.',
    },
  },
  {
    slug: 'her2-positive',
    name: 'HER2-positive',
    shortName: 'HER2+',
    sortOrder: 20,
    estrogenReceptor: 'either',
    progesteroneReceptor: 'either',
    her2Status: 'positive',
    summary:
      'In HER2-positive breast cancer, the cells make too much of a protein called HER2, which helps the cancer grow. Drugs that target HER2 work very well, and many people live for years with this type of metastatic cancer.',
    body: [
      paragraph(
        'About 15 to 20 in 100 breast cancers are HER2-positive. The cancer cells have too many copies of the HER2 gene. So they make too much HER2 protein. A lab test on a tumor sample shows this. HER2-positive cancers may or may not also have hormone receptors.',
      ),
      heading(3, 'How it is usually treated'),
      bullets(
        'First treatment: two HER2 antibodies, trastuzumab and pertuzumab, with a taxane chemotherapy. After several months, the chemotherapy is often stopped and the antibodies continue. If the cancer is also HR+, hormone therapy may be added.',
        'Next treatment: often the antibody-drug conjugate trastuzumab deruxtecan.',
        'Later treatments: tucatinib with trastuzumab and capecitabine, the antibody-drug conjugate T-DM1, or other HER2 drugs with chemotherapy.',
      ),
      heading(3, 'Brain metastases'),
      paragraph(
        'HER2-positive cancer spreads to the brain more often than some other types. Tell your team about new headaches, vision changes, weakness or trouble with balance. An MRI can check for this. Radiation, surgery and some HER2 drugs can treat cancer in the brain.',
      ),
    ],
    review: review('wei-lin-zhou', '2026-06-10'),
    treatments: [
      'her2-targeted-therapy',
      'antibody-drug-conjugates',
      'chemotherapy',
      'endocrine-therapy',
      'palliative-radiation',
      'bone-health-and-symptom-care',
      'surgery',
    ],
  },
  {
    slug: 'her2-low',
    name: 'HER2-low',
    shortName: 'HER2-low',
    sortOrder: 30,
    estrogenReceptor: 'either',
    progesteroneReceptor: 'either',
    her2Status: 'low',
    summary:
      'HER2-low cancers have a small amount of HER2 protein: not enough to count as HER2-positive, but more than none. This matters because an antibody-drug conjugate, trastuzumab deruxtecan, can treat them.',
    body: [
      paragraph(
        'HER2 tests give a score from 0 to 3+. A score of 3+ is HER2-positive. A score of 1+, or 2+ with a negative follow-up gene test (called ISH or FISH), is HER2-low. About half of all breast cancers are HER2-low.',
      ),
      paragraph(
        'HER2-low is not a separate disease. Most HER2-low cancers are also hormone receptor-positive, and some are triple-negative. So you will also read the page for that subtype, and your treatment will follow it at first.',
      ),
      heading(3, 'Why HER2-low matters'),
      bullets(
        'Standard HER2 drugs such as trastuzumab do not help HER2-low cancer.',
        'The antibody-drug conjugate trastuzumab deruxtecan does. It is used after hormone therapy for HR+ cancer, or after chemotherapy.',
        'HER2 levels can change over time and can differ between the first tumor and a metastasis, so a new biopsy or a second look at an old sample may change the result.',
      ),
    ],
    review: review('priya-raghunathan', '2026-06-24'),
    treatments: ['antibody-drug-conjugates', 'endocrine-therapy', 'cdk46-inhibitors', 'chemotherapy', 'palliative-radiation', 'bone-health-and-symptom-care'],
  },
  {
    slug: 'triple-negative',
    name: 'Triple-negative',
    shortName: 'Triple-negative',
    sortOrder: 40,
    estrogenReceptor: 'negative',
    progesteroneReceptor: 'negative',
    her2Status: 'negative',
    summary:
      'Triple-negative breast cancer tests negative for estrogen receptors, progesterone receptors and extra HER2. Hormone therapy and standard HER2 drugs do not work for it, but chemotherapy, immunotherapy, antibody-drug conjugates and other drugs can.',
    body: [
      paragraph(
        'About 10 to 15 in 100 breast cancers are triple-negative. It is more common in people under 40, in Black women, and in people born with a BRCA1 gene change. It tends to grow faster than other types. So treatment often starts quickly.',
      ),
      heading(3, 'How it is usually treated'),
      bullets(
        'If the tumor tests positive for PD-L1, the first treatment is often immunotherapy with chemotherapy. The immunotherapy drug is called pembrolizumab.',
        'If it is PD-L1 negative, chemotherapy is the usual first treatment.',
        'Later, an antibody-drug conjugate (ADC) is often used. This is a drug that carries chemotherapy straight to cancer cells. If the cancer is HER2-low, a HER2 ADC is another choice.',
        'People born with a BRCA1 or BRCA2 change may take a PARP inhibitor pill.',
      ),
      paragraph(
        'Triple-negative cancer has fewer standard options than other types. That makes clinical trials extra important. Ask your doctor about trials at every step, including the first.',
      ),
    ],
    review: review('youssef-haddad', '2026-07-15'),
    treatments: [
      'chemotherapy',
      'immunotherapy',
      'antibody-drug-conjugates',
      'targeted-therapy-pi3k-akt-parp',
      'palliative-radiation',
      'bone-health-and-symptom-care',
      'surgery',
    ],
  },
];
