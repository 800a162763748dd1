import { bullets, heading, paragraph, type Review, type SeedTreatment } from '../types';

/**
 * Demo treatment pages, written for patients in plain language. Drug names are generic names.
 * Each page is reviewed by a (fictional) specialist; next review is one year after the last.
 */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

export const treatments: SeedTreatment[] = [
  {
    slug: 'endocrine-therapy',
    name: 'Endocrine (hormone) therapy',
    category: 'endocrine',
    howGiven: 'several',
    summary:
      'Hormone therapy lowers estrogen or blocks it from reaching cancer cells. It is the main treatment for hormone receptor-positive (HR+) breast cancer and is often combined with a targeted drug.',
    body: [
      paragraph(
        'Most breast cancers use the hormone estrogen to grow. If your cancer is estrogen receptor-positive (ER+) or progesterone receptor-positive (PR+), hormone therapy can slow or stop it. It works on cancer anywhere in the body.',
      ),
      heading(3, 'Types of hormone therapy'),
      bullets(
        'Aromatase inhibitors (letrozole, anastrozole, exemestane) are daily pills that lower the amount of estrogen the body makes after menopause.',
        'Tamoxifen is a daily pill that blocks estrogen from attaching to cancer cells.',
        'Fulvestrant is a shot into the muscle, given once a month after a few starting doses. It blocks the estrogen receptor and helps the body break it down.',
        'Newer pills, such as elacestrant, work in a similar way to fulvestrant. They are used when a blood or tissue test finds a change in the ESR1 gene.',
        'Ovarian suppression uses a monthly or every-3-month shot (or, less often, surgery) to stop the ovaries from making estrogen. It is used for people who have not gone through menopause, and for men taking an aromatase inhibitor.',
      ),
      heading(3, 'Hormone therapy is often paired with another drug'),
      paragraph(
        'For HR+ metastatic breast cancer, hormone therapy is usually given together with a targeted drug. The most common first choice adds a CDK4/6 inhibitor. Later, a targeted pill may be added based on gene tests, such as a PI3K or AKT inhibitor, or everolimus.',
      ),
      paragraph(
        'You may stay on the same hormone treatment for months or years as long as it keeps the cancer under control and side effects are manageable. Your team will check on the cancer with scans and blood tests, often every 2 to 3 months at first. If the cancer starts to grow, your doctor will suggest a different combination.',
      ),
    ],
    sideEffects: [
      paragraph('Side effects are different for each drug. Many people have mild ones or none. Common ones include:'),
      bullets(
        'Hot flashes and night sweats',
        'Joint and muscle aches, most often with aromatase inhibitors',
        'Vaginal dryness and lower sex drive',
        'Thinning bones with aromatase inhibitors (your team may check your bone density and suggest calcium, vitamin D or a bone-strengthening drug)',
        'A small risk of blood clots with tamoxifen; get help right away for swelling or pain in one leg, or sudden shortness of breath',
        'Soreness where the fulvestrant shot is given',
      ),
      paragraph(
        'Tell your team about any side effect that bothers you. Exercise, medicines and sometimes a switch to a different drug in the same group can help.',
      ),
    ],
    review: review('amara-okafor', '2026-05-12'),
    seo: {
      metaTitle: 'Hormone therapy for metastatic breast cancer',
      metaDescription: 'How hormone (endocrine) therapy treats HR+ metastatic breast cancer, the drugs used, and common side effects.',
    },
  },
  {
    slug: 'cdk46-inhibitors',
    name: 'CDK4/6 inhibitors',
    category: 'targeted_other',
    howGiven: 'pill',
    summary:
      'CDK4/6 inhibitors are pills that slow the growth of cancer cells. Taken together with hormone therapy, they are a common first treatment for HR+/HER2-negative metastatic breast cancer and help many people stay well longer.',
    body: [
      paragraph(
        'CDK4 and CDK6 are proteins that tell cells when to divide. In hormone receptor-positive breast cancer, they help the cancer grow. CDK4/6 inhibitors block these proteins, which slows the cancer down.',
      ),
      paragraph(
        'Three CDK4/6 inhibitors are used: palbociclib, ribociclib and abemaciclib. Each is taken by mouth, together with hormone therapy such as an aromatase inhibitor or fulvestrant. Some are taken for 3 weeks followed by 1 week off; others are taken every day.',
      ),
      paragraph(
        'Studies show that adding a CDK4/6 inhibitor to hormone therapy keeps the cancer under control for longer than hormone therapy alone, and for some of these drugs people have lived longer, too. Many people take them for years.',
      ),
      heading(3, 'What to expect'),
      bullets(
        'You will have blood tests often in the first months, usually every 2 to 4 weeks, then less often.',
        'Some drugs need heart rhythm tests (an EKG) and liver tests.',
        'If side effects are hard, your doctor can lower the dose. A lower dose usually still works well.',
        'Tell your team about every other medicine and supplement you take, including grapefruit juice, as some can change how these drugs work.',
      ),
    ],
    sideEffects: [
      bullets(
        'Low white blood cell counts, which are seen on blood tests (more common with palbociclib and ribociclib). Call the care team if you have a fever.',
        'Diarrhea, most common with abemaciclib, often in the first weeks. Your team will give you medicine to keep at home.',
        'Tiredness, nausea, mouth sores and thinning hair.',
        'Changes in heart rhythm or liver tests with ribociclib, which is why these are checked.',
        'Rarely, inflammation of the lungs. Report a new cough or shortness of breath.',
      ),
      paragraph('Most side effects can be managed by adjusting the dose or with other medicines.'),
    ],
    review: review('amara-okafor', '2026-05-12'),
  },
  {
    slug: 'her2-targeted-therapy',
    name: 'HER2-targeted therapy',
    category: 'her2_targeted',
    howGiven: 'several',
    summary:
      'HER2-targeted drugs attack cancer cells that have too much of the HER2 protein. They are given by IV, as a shot under the skin, or as pills, often with chemotherapy or hormone therapy, and have greatly improved outcomes for HER2-positive cancer.',
    body: [
      paragraph(
        'About 1 in 5 breast cancers makes too much of a protein called HER2, which helps the cancer grow. These are called HER2-positive. Drugs that target HER2 work very well for these cancers, and many people with HER2-positive metastatic breast cancer live for many years.',
      ),
      heading(3, 'Drugs given by IV or shot'),
      paragraph(
        'Trastuzumab and pertuzumab are antibodies, proteins that attach to HER2 and block it. They are given through a vein or as a shot under the skin, most often every 3 weeks. The usual first treatment pairs these two drugs with a chemotherapy drug called a taxane. After several months, the chemotherapy is often stopped and the antibodies continue for as long as they keep working.',
      ),
      heading(3, 'Drugs taken by mouth'),
      paragraph(
        'Tucatinib, lapatinib and neratinib are pills that block HER2 from inside the cell. Tucatinib is often given with trastuzumab and capecitabine, a chemotherapy pill. This combination can also help treat cancer that has spread to the brain.',
      ),
      paragraph(
        'If your cancer is both HER2-positive and hormone receptor-positive, your doctor may add hormone therapy. Antibody-drug conjugates, which join a HER2 antibody to chemotherapy, are another important option and have their own page.',
      ),
    ],
    sideEffects: [
      bullets(
        'Heart: trastuzumab and related drugs can weaken the heart muscle. You will have a heart scan (an echocardiogram) before treatment and every few months. This problem usually gets better if the drug is paused.',
        'Diarrhea, most common with pertuzumab and with the HER2 pills.',
        'Reactions during the first IV dose, such as chills or fever. These are usually mild.',
        'With tucatinib, changes in liver tests; with lapatinib and neratinib, rash and diarrhea.',
      ),
      paragraph('Side effects of any chemotherapy given with these drugs are described on the chemotherapy page.'),
    ],
    review: review('wei-lin-zhou', '2026-06-03'),
  },
  {
    slug: 'antibody-drug-conjugates',
    name: 'Antibody-drug conjugates (ADCs)',
    category: 'targeted_other',
    howGiven: 'iv',
    summary:
      'Antibody-drug conjugates join an antibody to a strong chemotherapy drug. The antibody finds cancer cells with a certain protein and delivers the chemotherapy to them. ADCs are used for HER2-positive, HER2-low and triple-negative cancers, and for HR+ cancer after other treatments.',
    body: [
      paragraph(
        'An antibody-drug conjugate, or ADC, works like a guided delivery. The antibody part finds a protein on the outside of cancer cells. Once the ADC is inside the cell, it releases its chemotherapy. This puts more of the drug into cancer cells and less into healthy ones, although healthy cells can still be affected.',
      ),
      heading(3, 'ADCs used for metastatic breast cancer'),
      bullets(
        'Trastuzumab deruxtecan targets HER2. It is used for HER2-positive cancer, often as the second treatment. It is also used for HER2-low cancer, and for some HR+ cancers with even lower HER2 levels, after other treatments.',
        'Ado-trastuzumab emtansine (T-DM1) also targets HER2 and is used for HER2-positive cancer after other HER2 drugs.',
        'Sacituzumab govitecan targets a protein called TROP-2. It is used for triple-negative cancer after earlier chemotherapy, and for HR+/HER2-negative cancer after hormone therapy and chemotherapy.',
        'Datopotamab deruxtecan also targets TROP-2 and is used for HR+/HER2-negative cancer after hormone therapy and chemotherapy.',
      ),
      paragraph(
        'ADCs are given through a vein, usually every 3 weeks (some on days 1 and 8 of a 3-week cycle). Each infusion takes 30 minutes to a few hours. Treatment continues as long as it keeps the cancer under control and side effects are manageable.',
      ),
      paragraph(
        'Your HER2 test result matters here. If your report says HER2 "0", ask your doctor whether the test looked for HER2-low or ultralow levels, since this can change your options.',
      ),
    ],
    sideEffects: [
      paragraph('Side effects depend on the drug. Common ones include:'),
      bullets(
        'Nausea and vomiting; you will get anti-nausea medicine',
        'Tiredness',
        'Hair thinning or loss with some ADCs',
        'Low blood counts, which raise the risk of infection; call right away if you have a fever',
        'Diarrhea, especially with sacituzumab govitecan',
        'Mouth sores and dry or sore eyes with datopotamab deruxtecan',
      ),
      paragraph(
        'Trastuzumab deruxtecan can rarely cause serious inflammation of the lungs. Tell your team right away about a new cough, shortness of breath or fever. Finding it early makes it easier to treat.',
      ),
    ],
    review: review('priya-raghunathan', '2026-06-17'),
  },
  {
    slug: 'chemotherapy',
    name: 'Chemotherapy',
    category: 'chemotherapy',
    howGiven: 'several',
    summary:
      'Chemotherapy uses drugs that kill fast-growing cells, including cancer cells. It can be used for every subtype of metastatic breast cancer, by IV or by pill, most often one drug at a time.',
    body: [
      paragraph(
        'Chemotherapy drugs travel through the blood to reach cancer anywhere in the body. For metastatic breast cancer, they can shrink tumors, ease symptoms and help people live longer.',
      ),
      paragraph(
        'For HR+ cancer, chemotherapy is usually used after hormone-based treatments stop working. For triple-negative cancer, it is often part of the first treatment. For HER2-positive cancer, it is usually given together with HER2-targeted drugs.',
      ),
      heading(3, 'Common chemotherapy drugs'),
      bullets(
        'Taxanes: paclitaxel, nab-paclitaxel and docetaxel (IV)',
        'Capecitabine (a pill taken at home)',
        'Anthracyclines: doxorubicin and liposomal doxorubicin (IV)',
        'Eribulin, vinorelbine and gemcitabine (IV)',
        'Platinum drugs: carboplatin and cisplatin (IV), often used for triple-negative cancer or cancer linked to BRCA gene changes',
      ),
      paragraph(
        'In metastatic disease, doctors often use one drug at a time, since this is easier on the body and works about as well for most people. Two drugs together may be used when the cancer is growing fast or causing serious problems. You may stay on a drug as long as it works and you feel well enough, then switch to another.',
      ),
    ],
    sideEffects: [
      paragraph('Each drug has its own side effects, and not everyone gets them. Common ones include:'),
      bullets(
        'Tiredness',
        'Higher risk of infection from low white blood cell counts; call right away if your temperature is 100.4°F (38°C) or higher',
        'Nausea, which can usually be prevented with medicine',
        'Hair loss with some drugs (not with capecitabine)',
        'Numbness or tingling in hands and feet with taxanes, eribulin and some others',
        'Red, sore palms and soles with capecitabine',
        'Mouth sores and diarrhea',
      ),
      paragraph(
        'Your team can change the dose or schedule, or give medicines to prevent or treat side effects. Cooling gloves and a scalp-cooling cap may help some people with nerve damage or hair loss.',
      ),
    ],
    review: review('linh-pham', '2026-04-21'),
  },
  {
    slug: 'immunotherapy',
    name: 'Immunotherapy',
    category: 'immunotherapy',
    howGiven: 'iv',
    summary:
      'Immunotherapy helps your immune system find and attack cancer cells. For metastatic breast cancer, it is used with chemotherapy for triple-negative cancers that test positive for the protein PD-L1.',
    body: [
      paragraph(
        'Cancer cells can hide from the immune system by using "brakes" on immune cells. One of these brakes is a protein called PD-L1. Immune checkpoint inhibitors, such as pembrolizumab, release the brakes so the immune system can attack the cancer.',
      ),
      heading(3, 'Who may get immunotherapy'),
      bullets(
        'People with triple-negative metastatic breast cancer whose tumor tests positive for PD-L1. A lab test on a tumor sample measures PD-L1.',
        'It is usually given as part of the first treatment for metastatic disease, together with chemotherapy.',
        'Rarely, people with any subtype may get it if gene tests of the tumor show certain changes, such as high microsatellite instability (MSI-high) or a high number of mutations.',
      ),
      paragraph(
        'Pembrolizumab is given through a vein every 3 or 6 weeks. When it works, the benefit can last a long time. Immunotherapy is also being studied for other subtypes in clinical trials.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Because immunotherapy makes the immune system more active, it can sometimes attack healthy parts of the body. This can happen during treatment or even months after it ends.',
      ),
      bullets(
        'Tiredness, rash or itching',
        'Thyroid problems, which are common and treated with pills',
        'Diarrhea or belly pain (inflammation of the bowel)',
        'Cough or shortness of breath (inflammation of the lungs)',
        'Less often, problems with the liver, kidneys, adrenal or pituitary glands, or a sudden type of diabetes',
      ),
      paragraph(
        'Tell your team about any new symptom, even if it seems small. Many of these problems are treated with steroids and get better when found early. Carry a card or note that says you are on immunotherapy if you visit an emergency room.',
      ),
    ],
    review: review('youssef-haddad', '2026-07-08'),
  },
  {
    slug: 'targeted-therapy-pi3k-akt-parp',
    name: 'Targeted therapy: PI3K, AKT, mTOR and PARP inhibitors',
    category: 'targeted_other',
    howGiven: 'pill',
    summary:
      'Some breast cancers have gene changes that certain pills can target. Gene tests of the tumor or blood show whether a PI3K, AKT, mTOR or PARP inhibitor may help you.',
    body: [
      paragraph(
        'Targeted drugs work on specific gene changes or proteins in cancer cells. Before using them, your doctor needs test results that show your cancer has the right target. See the genomic profiling test for how this testing is done.',
      ),
      heading(3, 'PI3K, AKT and mTOR inhibitors'),
      paragraph(
        'These drugs are used for HR+/HER2-negative cancer, together with hormone therapy. About 4 in 10 of these cancers have a change in the PIK3CA gene, and some have changes in the AKT1 or PTEN genes.',
      ),
      bullets(
        'Alpelisib (a PI3K inhibitor) is taken with fulvestrant when the cancer has a PIK3CA change.',
        'Capivasertib (an AKT inhibitor) is taken with fulvestrant when the cancer has a PIK3CA, AKT1 or PTEN change.',
        'Inavolisib (a PI3K inhibitor) may be given with palbociclib and fulvestrant when the cancer has a PIK3CA change and came back during or soon after hormone therapy.',
        'Everolimus (an mTOR inhibitor) can be taken with exemestane, whatever the gene test shows.',
      ),
      heading(3, 'PARP inhibitors'),
      paragraph(
        'Olaparib and talazoparib are pills for people who were born with a harmful change in the BRCA1 or BRCA2 gene and whose cancer is HER2-negative. They stop cancer cells from repairing their DNA, so the cells die. This inherited change is found with a blood or saliva test.',
      ),
    ],
    sideEffects: [
      bullets(
        'High blood sugar with PI3K and AKT inhibitors; you will check your sugar, and some people need diabetes medicine',
        'Rash, diarrhea and mouth sores; a special mouthwash can help prevent mouth sores with everolimus',
        'Nausea, tiredness and low blood counts (especially anemia) with PARP inhibitors',
      ),
      paragraph(
        'Your care team will check blood tests often, especially in the first weeks. Many side effects get better when the dose is lowered.',
      ),
    ],
    review: review('claire-beaumont', '2026-08-19'),
  },
  {
    slug: 'surgery',
    name: 'Surgery',
    category: 'surgery',
    howGiven: 'procedure',
    summary:
      'Surgery is not a main treatment for metastatic breast cancer, because the cancer is in more than one place. It can help in some cases, such as a painful or bleeding tumor, a bone at risk of breaking, or pressure on the spinal cord.',
    body: [
      paragraph(
        'When breast cancer has spread, treatments that reach the whole body, such as hormone therapy, targeted drugs and chemotherapy, do most of the work. For most people, removing the tumor in the breast does not help them live longer. Still, surgery can be the right choice in certain situations.',
      ),
      heading(3, 'When surgery may help'),
      bullets(
        'A tumor in the breast or under the arm that is painful, bleeding, infected or has broken through the skin',
        'Cancer pressing on the spinal cord, or a spine that is unstable, to protect your ability to walk and control your bladder',
        'A bone, such as the thigh bone, that has broken or is likely to break; a surgeon can place a metal rod or plate to support it',
        'A single large tumor in the brain that causes symptoms',
        'Removing the ovaries, as a one-time way to stop them from making estrogen',
      ),
      paragraph(
        'Your surgeon will talk with your medical oncologist about timing, because some drugs need to be paused before and after an operation. Our tumor board reviews these decisions together.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Risks depend on the type of surgery and include pain, bleeding, infection and slow wound healing. Recovery can take a few days to several weeks.',
      ),
      paragraph(
        'Your team will help control pain, get you moving safely and plan when to restart your cancer treatment.',
      ),
    ],
    review: review('katherine-osei', '2026-03-24'),
  },
  {
    slug: 'palliative-radiation',
    name: 'Palliative radiation therapy',
    category: 'radiation',
    howGiven: 'procedure',
    summary:
      'Radiation uses high-energy beams aimed at one area. In metastatic breast cancer it is used to ease bone pain, protect the spine and treat cancer in the brain, often in just a few short sessions.',
    body: [
      paragraph(
        'Palliative radiation treats the part of the body where cancer is causing problems or may soon cause them. The treatment itself is painless, like having an X-ray, and each session takes only a few minutes once you are in position.',
      ),
      heading(3, 'Radiation for bone metastases'),
      paragraph(
        'Radiation eases pain from cancer in a bone for most people. It often takes 1 to 10 treatments, and a single treatment works well for many people. Pain relief usually starts within 1 to 4 weeks. Radiation is also used urgently when cancer presses on the spinal cord.',
      ),
      heading(3, 'Radiation for brain metastases'),
      bullets(
        'Stereotactic radiosurgery (SRS) aims many small beams at each spot in the brain, in 1 to 5 sessions. It is often used when there are a limited number of spots.',
        'Whole-brain radiation treats the entire brain, usually over 1 to 2 weeks, when there are many spots. A medicine called memantine and a method that spares the memory center of the brain can help protect memory.',
      ),
      heading(3, 'Other uses'),
      paragraph(
        'Stereotactic body radiation (SBRT) can treat small spots in the lungs, liver or bones with high precision. Radiation can also ease bleeding or pain from tumors in the breast, skin or lymph nodes.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Side effects depend on the area treated and usually affect only that area. Tiredness and red or irritated skin are common. Bone pain can briefly get worse for a day or two (a "pain flare"), and a short course of steroids can help.',
      ),
      bullets(
        'Treatment near the throat or chest may cause a sore throat or trouble swallowing for a while.',
        'Treatment of the belly may cause nausea.',
        'Whole-brain radiation can cause hair loss, tiredness and changes in memory or thinking.',
        'After radiosurgery, some people get swelling in the brain, which is treated with steroids.',
      ),
    ],
    review: review('victor-almeida', '2026-09-09'),
  },
  {
    slug: 'bone-health-and-symptom-care',
    name: 'Bone health and symptom care',
    category: 'supportive',
    howGiven: 'several',
    summary:
      'Supportive care treats the symptoms of cancer and keeps you as strong as possible. It includes bone-strengthening drugs for bone metastases, pain control, and medicines and procedures for brain metastasis symptoms.',
    body: [
      paragraph(
        'Bones are the most common place for breast cancer to spread. Cancer in a bone can cause pain, weaken the bone so it breaks more easily, and raise the calcium level in the blood. Treating these problems is part of good cancer care.',
      ),
      heading(3, 'Bone-strengthening drugs'),
      bullets(
        'Zoledronic acid is given through a vein, usually every 4 to 12 weeks.',
        'Denosumab is a shot under the skin, usually every 4 weeks.',
        'Both lower the chance of broken bones and bone pain. You will also take calcium and vitamin D unless your doctor says otherwise.',
        'See a dentist before you start, if you can. These drugs rarely cause damage to the jawbone, and good dental care lowers the risk.',
      ),
      heading(3, 'Pain control'),
      paragraph(
        'Pain medicine is matched to the type of pain. Options include acetaminophen, anti-inflammatory drugs, opioids for strong pain, and medicines for nerve pain. Radiation, nerve blocks and kyphoplasty (bone cement for a broken spine bone) can also help. Our palliative care team specializes in this.',
      ),
      heading(3, 'Symptoms of brain metastases'),
      paragraph(
        'Steroids such as dexamethasone reduce swelling in the brain and can quickly ease headaches and other symptoms. If you have had a seizure, you will take anti-seizure medicine. Radiation, and sometimes surgery, treat the cancer itself.',
      ),
      heading(3, 'When to get help right away'),
      bullets(
        'New or worse back pain together with weakness, numbness or tingling in the legs, or trouble controlling your bladder or bowels: this can mean pressure on the spinal cord. Call 911 or go to the emergency room.',
        'A seizure, sudden confusion, or a very bad headache with vomiting',
        'Great thirst, confusion, constipation and feeling very tired, which can be signs of high calcium',
      ),
    ],
    sideEffects: [
      bullets(
        'Zoledronic acid can cause flu-like aches for a day or two after the first doses and can affect the kidneys, so kidney blood tests are checked.',
        'Denosumab can lower calcium in the blood; calcium and vitamin D help prevent this.',
        'Both can rarely cause jawbone damage. Tell your team about tooth or jaw pain, or a loose tooth.',
        'Opioids often cause constipation and sleepiness. Take a stool softener or laxative as your team advises.',
        'Steroids can raise blood sugar and cause trouble sleeping and mood changes; the team uses the lowest dose that helps.',
      ),
    ],
    review: review('thomas-hartley', '2026-10-14'),
  },
];
