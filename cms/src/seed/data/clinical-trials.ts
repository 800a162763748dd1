import type { Review, SeedClinicalTrial } from '../types';

/**
 * Demo clinical trials. They are fictional: their NCT numbers use the NCT099xxxxx range, which has
 * not been issued, so they never point at a real study. The site shows a demo notice while
 * site-settings.showDemoNotice is on.
 */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

const lines = (...items: string[]) => items.join('\n');

export const clinicalTrials: SeedClinicalTrial[] = [
  {
    slug: 'new-pill-with-hormone-therapy-after-cdk46',
    title: 'A new pill added to hormone therapy after a CDK4/6 inhibitor for HR+ metastatic breast cancer',
    nctId: 'NCT09900101',
    phase: 'phase_3',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Most people with HR+/HER2-negative metastatic breast cancer first take hormone therapy with a CDK4/6 inhibitor. When the cancer starts to grow again, there are several options, but none works for everyone. This study tests whether adding an experimental pill that blocks a cell growth signal to fulvestrant, a standard hormone shot, keeps the cancer under control for longer than fulvestrant alone. People in the study are placed by chance into one of two groups. One group gets fulvestrant and the study pill. The other group gets fulvestrant and a placebo (a look-alike pill with no drug). Neither you nor your doctor will know which group you are in. Everyone gets active treatment with fulvestrant. You will have scans every 8 weeks and regular visits to check on side effects.',
    eligibilitySummary: lines(
      'Adults 18 or older with HR+/HER2-negative breast cancer that has spread',
      'The cancer grew while taking a CDK4/6 inhibitor with hormone therapy',
      'No more than one chemotherapy treatment for metastatic cancer',
      'Able to swallow pills and able to do most daily activities on your own',
      'No uncontrolled diabetes',
      'Cancer in the brain is allowed if it has been treated and is stable',
    ),
    review: review('amara-okafor', '2026-09-15'),
    principalInvestigator: 'amara-okafor',
    subtypes: ['hr-positive-her2-negative'],
    treatments: ['endocrine-therapy', 'targeted-therapy-pi3k-akt-parp'],
    locations: ['durham', 'raleigh', 'cary'],
  },
  {
    slug: 'blood-test-guided-hormone-therapy-switch',
    title: 'Using a regular blood test to decide when to switch hormone therapy',
    nctId: 'NCT09900102',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Some HR+ breast cancers develop a change in the ESR1 gene while people take an aromatase inhibitor. This change can make the cancer stop responding, often before scans show any growth. This study checks a blood sample every 2 months for ESR1 changes. If a change is found before the scans show growth, people are offered a switch to a different hormone pill right away, while staying on their CDK4/6 inhibitor. The study will compare how long the cancer stays under control with results from people whose treatment was changed only after scans showed growth. The blood test is taken at your regular lab visits, so the study adds few extra trips.',
    eligibilitySummary: lines(
      'Adults 18 or older with HR+/HER2-negative metastatic breast cancer',
      'Currently taking an aromatase inhibitor with a CDK4/6 inhibitor as first treatment for metastatic cancer, for at least 6 months',
      'Cancer is not growing on the most recent scans',
      'Willing to have blood drawn every 2 months',
    ),
    review: review('claire-beaumont', '2026-08-19'),
    principalInvestigator: 'claire-beaumont',
    subtypes: ['hr-positive-her2-negative'],
    treatments: ['endocrine-therapy', 'cdk46-inhibitors'],
    locations: ['chapel-hill', 'hillsborough'],
  },
  {
    slug: 'new-adc-for-triple-negative',
    title: 'A new antibody-drug conjugate for triple-negative breast cancer that has spread',
    nctId: 'NCT09900103',
    phase: 'phase_1_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Antibody-drug conjugates carry a chemotherapy drug straight to cancer cells. This study tests a new one that targets a protein found on many triple-negative breast cancers. In the first part of the study, small groups of people receive slightly higher doses to find the safest dose that works. In the second part, more people receive that dose to learn how well it shrinks the cancer. The drug is given through a vein every 3 weeks. Because this is an early study, the team watches closely for side effects, and you will have more visits and blood tests than with standard treatment.',
    eligibilitySummary: lines(
      'Adults 18 or older with triple-negative breast cancer that has spread',
      'Had at least one treatment for metastatic cancer, including chemotherapy',
      'Willing to have a biopsy before starting the study drug, if it can be done safely',
      'Able to do most daily activities on your own',
      'No active lung inflammation (pneumonitis)',
    ),
    review: review('youssef-haddad', '2026-10-06'),
    principalInvestigator: 'youssef-haddad',
    subtypes: ['triple-negative'],
    treatments: ['antibody-drug-conjugates'],
    locations: ['durham'],
  },
  {
    slug: 'radiosurgery-with-her2-pill-brain-metastases',
    title: 'Radiosurgery with or without a HER2-targeted pill for new brain metastases',
    nctId: 'NCT09900104',
    phase: 'phase_2',
    recruitmentStatus: 'not_yet_recruiting',
    plainLanguageSummary:
      'When HER2-positive breast cancer spreads to the brain, a few spots are often treated with stereotactic radiosurgery, a focused form of radiation. Some HER2 pills can also reach the brain. This study asks whether adding a HER2-targeted pill at the time of radiosurgery helps keep new spots from forming in the brain. Everyone in the study gets radiosurgery. Half of the people, chosen by chance, also take the HER2 pill along with their usual HER2 treatment. Brain MRIs are done every 3 months. The study also checks memory and thinking with short tests at set times. This study is expected to open for enrollment soon.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-positive breast cancer',
      '1 to 10 new spots in the brain seen on MRI, suitable for radiosurgery',
      'No earlier whole-brain radiation',
      'Cancer outside the brain is stable or can be controlled with current treatment',
      'Able to swallow pills',
    ),
    review: review('meera-iyer', '2026-10-20'),
    principalInvestigator: 'meera-iyer',
    subtypes: ['her2-positive'],
    treatments: ['palliative-radiation', 'her2-targeted-therapy'],
    locations: ['durham', 'raleigh'],
  },
  {
    slug: 'stereotactic-radiation-for-few-metastases',
    title: 'Focused radiation to every spot of cancer for people with only a few metastases',
    nctId: 'NCT09900105',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Some people have only a small number of spots where breast cancer has spread. This is sometimes called oligometastatic disease. This study tests whether adding stereotactic body radiation (SBRT), a very precise type of radiation, to every spot helps people stay well longer than standard drug treatment alone. Everyone keeps taking the drug treatment that is right for their subtype. Half of the people, chosen by chance, also get SBRT to each spot, usually in 1 to 5 sessions. The study will look at how long the cancer stays under control, side effects and quality of life.',
    eligibilitySummary: lines(
      'Adults 18 or older with metastatic breast cancer of any subtype',
      'No more than 5 spots of spread, seen on a PET/CT or CT and bone scan',
      'No cancer in the brain',
      'Currently on drug treatment, with no growth of the cancer on recent scans',
      'Able to lie still on a treatment table for up to an hour',
    ),
    review: review('steven-kowalski', '2026-07-29'),
    principalInvestigator: 'steven-kowalski',
    subtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
    treatments: ['palliative-radiation'],
    locations: ['cary', 'chapel-hill'],
  },
  {
    slug: 'immunotherapy-chemo-with-vaccine-tnbc',
    title: 'Immunotherapy and chemotherapy with or without a cancer vaccine for PD-L1-positive triple-negative breast cancer',
    nctId: 'NCT09900106',
    phase: 'phase_2',
    recruitmentStatus: 'active_not_recruiting',
    plainLanguageSummary:
      'Some triple-negative breast cancers test positive for a protein called PD-L1. For these, the usual first treatment is immunotherapy with chemotherapy. This study tests whether adding a new vaccine helps the immune system fight the cancer even better. The vaccine is a shot under the skin. It is given during the first months of treatment. The study is no longer taking new people. Those already in it keep getting care and check-ups. Results are expected in the next few years.',
    eligibilitySummary: lines(
      'This study is no longer enrolling new participants.',
      'It enrolled adults with PD-L1-positive triple-negative breast cancer that had spread and had not yet been treated for metastatic disease.',
    ),
    review: review('rebecca-lindqvist', '2026-05-19'),
    principalInvestigator: 'rebecca-lindqvist',
    subtypes: ['triple-negative'],
    treatments: ['immunotherapy', 'chemotherapy'],
    locations: ['raleigh'],
  },
  {
    slug: 'spacing-out-her2-infusions',
    title: 'Spacing out HER2-targeted treatment for people whose cancer has been stable for a long time',
    nctId: 'NCT09900107',
    phase: 'phase_3',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Many people with HER2-positive metastatic breast cancer stay on two HER2 drugs for years after chemotherapy ends. The drugs are trastuzumab and pertuzumab. They are usually given every 3 weeks. That means many trips to the infusion center. Some people\'s cancer has not grown for 2 years or more. For them, this study asks if getting the drugs every 6 weeks works as well as every 3 weeks. People are placed by chance into one of the two schedules. The study will compare how long the cancer stays under control, as well as side effects, costs and time spent on treatment.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-positive metastatic breast cancer',
      'Taking trastuzumab and pertuzumab, with or without hormone therapy, and no chemotherapy',
      'No growth of the cancer for at least 2 years',
      'Normal heart pumping function on the most recent heart scan',
    ),
    review: review('wei-lin-zhou', '2026-09-01'),
    principalInvestigator: 'wei-lin-zhou',
    subtypes: ['her2-positive'],
    treatments: ['her2-targeted-therapy'],
    locations: ['durham', 'cary', 'garner'],
  },
  {
    slug: 'bone-strengthening-every-12-weeks',
    title: 'Bone-strengthening shots every 12 weeks instead of every 4 weeks',
    nctId: 'NCT09900108',
    phase: 'phase_4',
    recruitmentStatus: 'completed',
    plainLanguageSummary:
      'People with breast cancer in their bones often get a bone-strengthening drug to prevent broken bones and pain. This study compared giving denosumab every 12 weeks after the first year with continuing to give it every 4 weeks. It looked at broken bones, bone pain, jawbone problems and how people felt. The study has finished enrolling and treating people, and the results are being analyzed. Ask your doctor whether a less frequent schedule could be right for you.',
    eligibilitySummary: lines(
      'This study is closed and is no longer enrolling.',
      'It enrolled adults with breast cancer in the bones who had taken denosumab every 4 weeks for about a year.',
    ),
    review: review('thomas-hartley', '2026-03-31'),
    principalInvestigator: 'thomas-hartley',
    subtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
    treatments: ['bone-health-and-symptom-care'],
    locations: ['raleigh', 'wake-forest'],
  },
  {
    slug: 'parp-inhibitor-with-immunotherapy-brca-palb2',
    title: 'A PARP inhibitor with immunotherapy for HER2-negative breast cancer linked to BRCA or PALB2 gene changes',
    nctId: 'NCT09900109',
    phase: 'phase_1',
    recruitmentStatus: 'not_yet_recruiting',
    plainLanguageSummary:
      'Some people are born with a change in the BRCA1, BRCA2 or PALB2 gene. Breast cancers in these people often have trouble fixing their own DNA. Pills called PARP inhibitors use this weak spot to kill the cancer cells. This early study will test a PARP inhibitor together with an immunotherapy drug. It will look for a safe dose of the two drugs together and see if they shrink the cancer. The study is expected to open soon at our Garner and Raleigh clinics.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-negative breast cancer that has spread',
      'An inherited harmful change in BRCA1, BRCA2 or PALB2, found by a blood or saliva test',
      'Up to 3 earlier treatments for metastatic cancer',
      'No earlier treatment with a PARP inhibitor for metastatic cancer',
      'No autoimmune disease that needed treatment in the last 2 years',
    ),
    review: review('gabriela-fuentes', '2026-10-27'),
    principalInvestigator: 'gabriela-fuentes',
    subtypes: ['hr-positive-her2-negative', 'triple-negative', 'her2-low'],
    treatments: ['targeted-therapy-pi3k-akt-parp', 'immunotherapy'],
    locations: ['garner', 'raleigh'],
  },
];
