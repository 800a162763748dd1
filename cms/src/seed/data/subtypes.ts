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
      'This is the most common type of metastatic breast cancer. The cancer cells use hormones to grow and do not make extra HER2. Treatment most often starts with hormone therapy plus a targeted pill. Many people live well on it for years.',
    body: [
      paragraph(
        'About 7 in 10 breast cancers are hormone receptor-positive (HR+) and HER2-negative. HR+ means the cancer cells have receptors for estrogen (ER+), for progesterone (PR+) or both. These cancers use hormones to grow. So drugs that lower or block estrogen can control them.',
      ),
      paragraph(
        'Many of these cancers are HER2-low. This means they have a small amount of HER2. HER2-low is still HER2-negative, but it opens up one more treatment.',
      ),
      heading(3, 'How it is most often treated'),
      bullets(
        'First treatment: hormone therapy, such as an aromatase inhibitor or fulvestrant, with a CDK4/6 inhibitor pill.',
        'Next treatments: gene tests of the tumor or blood guide the choice. If the cancer has an ESR1 change, a newer hormone pill may help: elacestrant, imlunestrant or vepdegestrant.',
        'Other choices are fulvestrant, a PI3K or AKT inhibitor, or everolimus. Some people take abemaciclib with fulvestrant. People born with a BRCA1 or BRCA2 change may take a PARP inhibitor.',
        'When hormone-based drugs stop working, antibody-drug conjugates or chemotherapy are used. If your cancer is HER2-low or ultralow, see the HER2-low page too.',
      ),
      heading(3, 'If you have not gone through menopause'),
      paragraph(
        'Your ovaries still make estrogen. So your hormone therapy will include ovarian suppression. This is a shot every month or every 3 months that stops the ovaries from making estrogen. Some people have surgery to remove the ovaries instead. Men who take an aromatase inhibitor get a similar hormone shot.',
      ),
      paragraph(
        'Hormone therapy can keep this type of cancer in check for a long time. It often has fewer side effects than chemotherapy. Say the cancer is growing fast or harming an organ such as the liver. Then your doctor may suggest chemotherapy first.',
      ),
      paragraph(
        'Radiation and drugs that make bones stronger help with cancer in the bones at any time. Clinical trials are open for people at every step.',
      ),
    ],
    review: review('amara-okafor', '2026-11-17'),
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
      'In HER2-positive breast cancer, the cells make too much of a protein called HER2. HER2 helps the cancer grow. Drugs that target HER2 work very well. Many people live for years with this type of metastatic cancer.',
    body: [
      paragraph(
        'About 15 to 20 in 100 breast cancers are HER2-positive. The cancer cells have too many copies of the HER2 gene. So they make too much HER2 protein. A lab test on a tumor sample shows this. HER2-positive cancers may or may not also be HR+.',
      ),
      heading(3, 'How it is most often treated'),
      bullets(
        'First treatment: there are two main choices. One is two HER2 antibodies, trastuzumab and pertuzumab, with a taxane chemotherapy. The other is pertuzumab with trastuzumab deruxtecan, an antibody-drug conjugate.',
        'With the first choice, the chemotherapy often stops after several months. The antibodies go on. If the cancer is also HR+, hormone therapy may be added.',
        'Next treatment: often trastuzumab deruxtecan, if you did not have it first.',
        'Later treatments: tucatinib with trastuzumab and capecitabine, the antibody-drug conjugate T-DM1, or other HER2 drugs with chemotherapy.',
      ),
      heading(3, 'Brain metastases'),
      paragraph(
        'HER2-positive cancer spreads to the brain more often than some other types. Tell your team about new headaches, vision changes, weakness or trouble with balance. An MRI can check for this. Radiation, surgery and some HER2 drugs can treat cancer in the brain.',
      ),
    ],
    review: review('wei-lin-zhou', '2026-11-17'),
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
    her2Status: 'negative',
    summary:
      'HER2-low cancers have a small amount of HER2 protein. They are not HER2-positive. They are part of the HER2-negative group. They can be HR+ or triple-negative. HER2-low matters because one drug, trastuzumab deruxtecan, can treat them.',
    body: [
      paragraph(
        'A HER2 test gives a score from 0 to 3+. The score tells which group the cancer is in:',
      ),
      bullets(
        '3+ is HER2-positive.',
        '2+ needs a second test, called ISH or FISH. It counts the copies of the HER2 gene. If there are extra copies, the cancer is HER2-positive. If not, it is HER2-low.',
        '1+ is HER2-low.',
        '0 is HER2-negative. Some labs report "ultralow" when they see a very faint stain on a few cells.',
      ),
      paragraph(
        'HER2-low and ultralow are part of HER2-negative. They are not a separate disease. About half of all breast cancers are HER2-low. Most are also HR+, and some are triple-negative. So read the page for that subtype too. Your first treatment will follow it.',
      ),
      heading(3, 'Why HER2-low matters'),
      bullets(
        'Standard HER2 drugs such as trastuzumab do not help HER2-low cancer.',
        'The antibody-drug conjugate trastuzumab deruxtecan does. For HR+ cancer, it is used after hormone therapy, for HER2-low and for ultralow. For triple-negative cancer, it is used after chemotherapy.',
        'HER2 levels can change over time. They can differ between the first tumor and a metastasis. So a new biopsy, or a second look at an old sample, may change the result.',
      ),
    ],
    review: review('priya-raghunathan', '2026-11-17'),
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
      'Triple-negative breast cancer has no estrogen or progesterone receptors and no extra HER2. So hormone therapy and standard HER2 drugs do not work for it. But chemo, immunotherapy and other drugs can.',
    body: [
      paragraph(
        'About 1 in 8 breast cancers is triple-negative. It is more common in people under 40, in Black women, and in people born with a BRCA1 gene change. It tends to grow faster than other types. So treatment often starts quickly.',
      ),
      paragraph(
        'Chemotherapy (chemo) is one main kind of treatment. Another is an antibody-drug conjugate, or ADC. An ADC is an antibody that carries chemo straight to cancer cells.',
      ),
      heading(3, 'How the first treatment is chosen'),
      paragraph(
        'A lab test on the tumor checks for a protein called PD-L1. It gives a score. If the score is 10 or more, the test is positive. Your doctor also asks when the cancer came back. Say it came back soon after you were treated for early breast cancer. Then some drugs you had then may not work as well now.',
      ),
      bullets(
        'If the PD-L1 test is positive: immunotherapy with pembrolizumab. It is given with chemo or with an ADC called sacituzumab govitecan.',
        'If the test is negative, or immunotherapy is not right for you: an ADC alone. This can be sacituzumab govitecan or datopotamab deruxtecan. Chemo is another choice.',
        'People born with a BRCA1 or BRCA2 change may take a PARP inhibitor pill.',
      ),
      heading(3, 'Later treatments'),
      paragraph(
        'Later, you may get another ADC or chemo. If the cancer is HER2-low, the ADC trastuzumab deruxtecan is one more choice.',
      ),
      paragraph(
        'This type has fewer standard choices than the others. That makes clinical trials extra important. Ask your doctor about trials at every step, even the first.',
      ),
    ],
    review: review('youssef-haddad', '2026-11-17'),
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
