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
      'Hormone therapy lowers estrogen or blocks it from reaching cancer cells. It is the main treatment for hormone receptor-positive (HR+) breast cancer. It is often given with a targeted drug.',
    body: [
      paragraph(
        'Most breast cancers use the hormone estrogen to grow. A cancer is HR+ if its cells have estrogen receptors (ER+), progesterone receptors (PR+) or both. Hormone therapy can slow or stop these cancers. It works on cancer anywhere in the body.',
      ),
      heading(3, 'Types of hormone therapy'),
      bullets(
        'Aromatase inhibitors lower the amount of estrogen the body makes after menopause. They are daily pills: letrozole, anastrozole and exemestane.',
        'Tamoxifen is a daily pill. It blocks estrogen from attaching to cancer cells.',
        'Fulvestrant blocks the estrogen receptor and helps the body break it down. It is a shot into the muscle. You get it once a month, after a few starting doses.',
        'Newer pills work like fulvestrant: elacestrant, imlunestrant and vepdegestrant. They are for cancer with a change in the ESR1 gene that grew after earlier hormone therapy. A blood or tissue test finds this change.',
      ),
      heading(3, 'If you have not gone through menopause'),
      paragraph(
        'Your ovaries still make estrogen. So you will also need ovarian suppression. This is a shot every month or every 3 months, such as goserelin or leuprolide. It stops the ovaries from making estrogen. Some people choose surgery to remove the ovaries instead.',
      ),
      heading(3, 'Men'),
      paragraph(
        'Men can take tamoxifen. A man who takes an aromatase inhibitor also needs a hormone shot, called a GnRH agonist. It lowers the hormones that the body can turn into estrogen.',
      ),
      heading(3, 'Hormone therapy is often paired with another drug'),
      paragraph(
        'For HR+ metastatic breast cancer, hormone therapy is most often given with a targeted drug. The usual first choice adds a CDK4/6 inhibitor. Later, gene tests may point to a PI3K or AKT inhibitor, or everolimus. Some people take abemaciclib with fulvestrant after a different CDK4/6 inhibitor stops working.',
      ),
      paragraph(
        'You may stay on the same treatment for months or years. That is as long as it controls the cancer and the side effects are OK for you. You will have scans and blood tests, often every 2 to 3 months at first. If the cancer grows, your doctor will suggest a new plan.',
      ),
      heading(3, 'Pregnancy, birth control and fertility'),
      paragraph(
        'These drugs can harm an unborn baby. Do not get pregnant while you take them. Use birth control without hormones, such as a copper IUD or condoms. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      paragraph('Side effects are different for each drug. Many people have mild ones or none. Common ones include:'),
      bullets(
        'Hot flashes and night sweats',
        'Joint and muscle aches, most often with aromatase inhibitors',
        'Vaginal dryness and lower sex drive',
        'Thin bones with aromatase inhibitors. Your team may check your bones and suggest calcium, vitamin D or a drug to make bones stronger.',
        'Blood clots with tamoxifen, which are rare. Get help right away for pain or swelling in one leg, or sudden shortness of breath.',
        'Cancer of the uterus with tamoxifen, which is rare. If you still have a uterus, tell your team about any bleeding from the vagina.',
        'Soreness where the fulvestrant shot is given',
      ),
      paragraph(
        'Tell your team about any side effect that bothers you. Exercise and medicines can help. So can a switch to another drug of the same kind.',
      ),
    ],
    review: review('amara-okafor', '2026-11-17'),
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
      'CDK4/6 inhibitors are pills that slow the growth of cancer cells. With hormone therapy, they are a common first treatment for HR+/HER2-negative metastatic breast cancer. They help many people stay well for longer.',
    body: [
      paragraph(
        'CDK4 and CDK6 are proteins that tell cells when to divide. In HR+ breast cancer, they help the cancer grow. CDK4/6 inhibitors block these proteins. This slows the cancer down.',
      ),
      paragraph(
        'Three of these pills are used: palbociclib, ribociclib and abemaciclib. You take one with hormone therapy, such as an aromatase inhibitor or fulvestrant. Some are taken for 3 weeks, then 1 week off. Others are taken every day.',
      ),
      paragraph(
        'Adding one of these pills to hormone therapy keeps the cancer in check for longer than hormone therapy alone. With some of them, people have also lived longer. Many people take them for years.',
      ),
      heading(3, 'What to expect'),
      bullets(
        'You will have blood tests often in the first months, often every 2 to 4 weeks. Later you will have them less often.',
        'Some of these drugs need heart rhythm tests (an EKG) and liver tests.',
        'If side effects are hard, your doctor can lower the dose. A lower dose most often still works well.',
        'Tell your team about all your other medicines and supplements. Some, like grapefruit juice, change how these drugs work.',
        'These drugs can harm an unborn baby. Use birth control without hormones while you take them, and ask about fertility before you start.',
      ),
    ],
    sideEffects: [
      bullets(
        'Low white blood cell counts, seen on blood tests. This is more common with palbociclib and ribociclib. Call your care team if you have a fever.',
        'Diarrhea, most common with abemaciclib, often in the first weeks. Your team will give you medicine to keep at home.',
        'Tiredness, nausea, mouth sores and thin hair',
        'Changes in heart rhythm or liver tests with ribociclib. This is why these are checked.',
        'Rarely, swelling of the lungs. Tell your team about a new cough or shortness of breath.',
      ),
      paragraph('Most side effects can be managed with a lower dose or with other medicines.'),
    ],
    review: review('amara-okafor', '2026-11-17'),
  },
  {
    slug: 'her2-targeted-therapy',
    name: 'HER2-targeted therapy',
    category: 'her2_targeted',
    howGiven: 'several',
    summary:
      'HER2-targeted drugs attack cancer cells that have too much of the HER2 protein. You may get them by IV, as a shot under the skin or as pills. They are often given with chemotherapy or hormone therapy. They have helped people with HER2-positive cancer live much longer.',
    body: [
      paragraph(
        'About 1 in 5 breast cancers makes too much of a protein called HER2. HER2 helps the cancer grow. These cancers are called HER2-positive. Drugs that target HER2 work very well for them. Many people with HER2-positive metastatic breast cancer live for many years.',
      ),
      heading(3, 'Drugs given by IV or shot'),
      paragraph(
        'Antibodies are proteins that attach to HER2 and block it. The two used most are trastuzumab and pertuzumab. You get them through a vein or as a shot under the skin, most often every 3 weeks.',
      ),
      heading(3, 'The first treatment'),
      bullets(
        'One choice pairs trastuzumab and pertuzumab with a taxane, a kind of chemotherapy. After several months, the chemotherapy often stops. The antibodies go on for as long as they work.',
        'Another choice pairs pertuzumab with trastuzumab deruxtecan. This drug joins a HER2 antibody to a chemotherapy drug. In a large study, it kept the cancer in check for longer. It can cause more side effects, such as lung swelling.',
        'Your doctor will talk with you about which choice fits you best.',
      ),
      heading(3, 'Drugs taken by mouth'),
      paragraph(
        'Some pills block HER2 from inside the cell: tucatinib, lapatinib and neratinib. Tucatinib is often given with trastuzumab and capecitabine, a chemotherapy pill. This mix can also help treat cancer that has spread to the brain.',
      ),
      paragraph(
        'If your cancer is also HR+, your doctor may add hormone therapy. Antibody-drug conjugates join a HER2 antibody to chemotherapy. They are another key choice and have their own page.',
      ),
      heading(3, 'Pregnancy and fertility'),
      paragraph(
        'HER2 drugs can harm an unborn baby. Use birth control while you take them and for 7 months after the last dose. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      bullets(
        'Heart: trastuzumab and similar drugs can weaken the heart muscle. You will have a heart scan (an echocardiogram) before you start and every few months. This most often gets better if the drug is paused.',
        'Diarrhea, most common with pertuzumab and with the HER2 pills',
        'Chills or fever during the first IV dose. This is most often mild.',
        'Changes in liver tests with tucatinib. Rash and diarrhea with lapatinib and neratinib.',
      ),
      paragraph('The chemotherapy page lists the side effects of chemotherapy given with these drugs.'),
    ],
    review: review('wei-lin-zhou', '2026-11-17'),
  },
  {
    slug: 'antibody-drug-conjugates',
    name: 'Antibody-drug conjugates (ADCs)',
    category: 'targeted_other',
    howGiven: 'iv',
    summary:
      'An antibody-drug conjugate (ADC) joins an antibody to a strong chemotherapy drug. The antibody finds cancer cells with a certain protein. Then it delivers the chemotherapy to them. ADCs are used for every subtype of metastatic breast cancer.',
    body: [
      paragraph(
        'An ADC works like a guided delivery. The antibody part finds a protein on the outside of cancer cells. Once the ADC is inside the cell, it lets go of its chemotherapy. More of the drug goes into cancer cells and less into healthy ones. But healthy cells can still be harmed.',
      ),
      heading(3, 'ADCs that target HER2'),
      bullets(
        'Trastuzumab deruxtecan is used for HER2-positive cancer. With pertuzumab, it can be the first treatment. It can also be the next treatment after other HER2 drugs.',
        'It is also used for HER2-low cancer. For HR+ cancer, it is used after hormone therapy, even when HER2 is ultralow.',
        'Ado-trastuzumab emtansine (T-DM1) is used for HER2-positive cancer after other HER2 drugs.',
      ),
      heading(3, 'ADCs that target TROP-2'),
      bullets(
        'TROP-2 is a protein found on many breast cancer cells. Two ADCs target it: sacituzumab govitecan and datopotamab deruxtecan.',
        'For triple-negative cancer, both can now be a first treatment if immunotherapy is not right for you. If your tumor is PD-L1-positive, sacituzumab govitecan may be given with pembrolizumab, an immunotherapy drug.',
        'Both are also used for HR+/HER2-negative cancer after hormone therapy and chemotherapy.',
      ),
      paragraph(
        'ADCs are given through a vein, most often every 3 weeks. Some are given on days 1 and 8 of each 3 weeks. Each visit takes 30 minutes to a few hours. Treatment goes on as long as it controls the cancer and side effects are OK.',
      ),
      paragraph(
        'Your HER2 test result matters here. Say your report says HER2 "0". Ask your doctor if the test looked for HER2-low or ultralow levels. This can change your options.',
      ),
      heading(3, 'Pregnancy and fertility'),
      paragraph(
        'ADCs can harm an unborn baby. Use birth control during treatment and for some months after. Ask your team how long. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      paragraph('Side effects depend on the drug. Common ones include:'),
      bullets(
        'Nausea and vomiting. You will get medicine to prevent them.',
        'Tiredness',
        'Hair thinning or loss with some ADCs',
        'Low blood counts, which raise the risk of infection. Call right away if you have a fever.',
        'Diarrhea, most of all with sacituzumab govitecan',
        'Mouth sores and dry or sore eyes with datopotamab deruxtecan',
      ),
      heading(3, 'Lung swelling'),
      paragraph(
        'Trastuzumab deruxtecan can cause swelling of the lungs, called pneumonitis. It happens in about 1 in 10 people. It can be serious. Datopotamab deruxtecan can cause it too, less often. Your team will check your lungs with scans.',
      ),
      paragraph(
        'Tell your team right away about a new cough, shortness of breath or fever. It is easier to treat when it is found early.',
      ),
    ],
    review: review('priya-raghunathan', '2026-11-17'),
  },
  {
    slug: 'chemotherapy',
    name: 'Chemotherapy',
    category: 'chemotherapy',
    howGiven: 'several',
    summary:
      'Chemotherapy uses drugs that kill fast-growing cells, such as cancer cells. It can be used for every subtype of metastatic breast cancer. You may get it by IV or as a pill, most often one drug at a time.',
    body: [
      paragraph(
        'Chemotherapy drugs travel through the blood. They can reach cancer anywhere in the body. They can shrink tumors, ease symptoms and help people live longer.',
      ),
      paragraph(
        'For HR+ cancer, it is most often used after hormone-based drugs stop working. For triple-negative cancer, it can be part of the first treatment. For HER2-positive cancer, it is most often given with HER2 drugs.',
      ),
      heading(3, 'Common chemotherapy drugs'),
      bullets(
        'Taxanes: paclitaxel, nab-paclitaxel and docetaxel (IV)',
        'Capecitabine (a pill you take at home)',
        'Anthracyclines: doxorubicin and liposomal doxorubicin (IV)',
        'Eribulin, vinorelbine and gemcitabine (IV)',
        'Platinum drugs: carboplatin and cisplatin (IV). They are often used for triple-negative cancer or cancer linked to BRCA gene changes.',
      ),
      paragraph(
        'Doctors most often use one drug at a time. This is easier on the body. For most people, it works about as well as two drugs. Two drugs may be used when the cancer grows fast or causes serious problems. You may stay on a drug as long as it works and you feel well enough. Then you switch to another.',
      ),
      heading(3, 'Pregnancy and fertility'),
      paragraph(
        'Chemotherapy can harm an unborn baby and can affect fertility. Use birth control during treatment and for a time after. Ask your team how long. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      paragraph('Each drug has its own side effects, and not everyone gets them. Common ones include:'),
      bullets(
        'Tiredness',
        'More risk of infection from low white blood cell counts. Call right away if your temperature is 100.4°F (38°C) or higher.',
        'Nausea, which medicine can most often prevent',
        'Hair loss with some drugs (not with capecitabine)',
        'Numbness or tingling in the hands and feet with taxanes, eribulin and some others',
        'Red, sore palms and soles with capecitabine',
        'Mouth sores and diarrhea',
      ),
      paragraph(
        'Your team can change the dose or schedule. They can give medicines to prevent or treat side effects. A cooling cap worn during each infusion can help prevent hair loss for some people. Cold gloves and socks may help prevent nerve damage in the hands and feet.',
      ),
    ],
    review: review('linh-pham', '2026-11-17'),
  },
  {
    slug: 'immunotherapy',
    name: 'Immunotherapy',
    category: 'immunotherapy',
    howGiven: 'several',
    summary:
      'Immunotherapy helps your immune system find and attack cancer cells. For metastatic breast cancer, it is used for triple-negative cancers that test positive for the protein PD-L1. It is given with chemotherapy or with an antibody-drug conjugate.',
    body: [
      paragraph(
        'Immune cells have "brakes" that stop them from attacking. One brake is a protein on immune cells called PD-1. Cancer cells can make a protein called PD-L1. It presses the PD-1 brake, so the cancer can hide. Pembrolizumab blocks PD-1. This takes the brake off, so the immune system can attack the cancer.',
      ),
      heading(3, 'Who may get immunotherapy'),
      bullets(
        'People with triple-negative metastatic breast cancer whose tumor is PD-L1-positive. A lab test on a tumor sample gives a score. A score of 10 or more counts as positive.',
        'It is most often part of the first treatment for metastatic cancer. It is given with chemotherapy or with sacituzumab govitecan, an antibody-drug conjugate.',
        'Say your cancer came back soon after treatment for early breast cancer that included immunotherapy. Then it may not work as well now. Your doctor will take this into account.',
        'Rarely, people with any subtype may get it if gene tests of the tumor show certain changes. One is called MSI-high. Another is a high number of gene changes.',
      ),
      paragraph(
        'Pembrolizumab can be given through a vein every 3 or 6 weeks. It also comes as a shot under the skin, which takes only a few minutes. When it works, the benefit can last a long time. Trials are testing immunotherapy for other subtypes.',
      ),
      heading(3, 'Pregnancy and fertility'),
      paragraph(
        'Immunotherapy can harm an unborn baby. Use birth control during treatment and for 4 months after the last dose. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Immunotherapy makes the immune system more active. So it can sometimes attack healthy parts of the body. This can happen during treatment or even months after it ends.',
      ),
      bullets(
        'Tiredness, rash or itching',
        'Thyroid problems, which are common and treated with pills',
        'Diarrhea or belly pain (swelling of the bowel)',
        'Cough or shortness of breath (swelling of the lungs)',
        'Less often, problems with the liver, kidneys or hormone glands, or a sudden type of diabetes',
      ),
      paragraph(
        'Tell your team about any new symptom, even if it seems small. Many of these problems are treated with steroids. They get better when found early. If you go to an emergency room, bring a card or note that says you get immunotherapy.',
      ),
    ],
    review: review('youssef-haddad', '2026-11-17'),
  },
  {
    slug: 'targeted-therapy-pi3k-akt-parp',
    name: 'Targeted therapy: PI3K, AKT, mTOR and PARP inhibitors',
    category: 'targeted_other',
    howGiven: 'pill',
    summary:
      'Some breast cancers have gene changes that certain pills can target. Gene tests of the tumor or blood show if one of these pills may help you.',
    body: [
      paragraph(
        'Targeted drugs work on certain gene changes or proteins in cancer cells. First, your doctor needs test results that show your cancer has the right target. The genomic profiling page explains how this testing is done.',
      ),
      heading(3, 'PI3K, AKT and mTOR inhibitors'),
      paragraph(
        'These pills are used for HR+/HER2-negative cancer, with hormone therapy. About 4 in 10 of these cancers have a change in the PIK3CA gene. Some have changes in the AKT1 or PTEN genes.',
      ),
      bullets(
        'Alpelisib is taken with fulvestrant when the cancer has a PIK3CA change.',
        'Capivasertib is taken with fulvestrant when the cancer has a PIK3CA, AKT1 or PTEN change.',
        'Inavolisib may be given with palbociclib and fulvestrant. It is for cancer with a PIK3CA change that came back during or soon after hormone therapy.',
        'Everolimus can be taken with exemestane, whatever the gene test shows.',
      ),
      heading(3, 'PARP inhibitors'),
      paragraph(
        'Olaparib and talazoparib are pills for people born with a harmful change in the BRCA1 or BRCA2 gene. The cancer must be HER2-negative. These pills stop cancer cells from fixing their DNA, so the cells die. A blood or saliva test finds this inborn change.',
      ),
      heading(3, 'Pregnancy and fertility'),
      paragraph(
        'These pills can harm an unborn baby. Use birth control while you take them and for a time after. Ask your team how long. If you hope to have children, ask about your options before you start.',
      ),
    ],
    sideEffects: [
      bullets(
        'High blood sugar with PI3K and AKT inhibitors. You will check your sugar. Some people need diabetes medicine.',
        'Rash, diarrhea and mouth sores. With everolimus, a special mouthwash can help prevent mouth sores.',
        'Nausea, tiredness and low blood counts with PARP inhibitors. Low red blood cells (anemia) are the most common.',
      ),
      paragraph(
        'Your team will check blood tests often, most of all in the first weeks. Many side effects get better with a lower dose.',
      ),
    ],
    review: review('claire-beaumont', '2026-11-17'),
  },
  {
    slug: 'surgery',
    name: 'Surgery',
    category: 'surgery',
    howGiven: 'procedure',
    summary:
      'Surgery is not a main treatment for metastatic breast cancer, because the cancer is in more than one place. It can help in some cases. Examples are a painful or bleeding tumor, a bone at risk of breaking, or pressure on the spinal cord.',
    body: [
      paragraph(
        'When breast cancer has spread, drugs that reach the whole body do most of the work. For most people, taking out the tumor in the breast does not help them live longer. Still, surgery can be the right choice at times.',
      ),
      heading(3, 'When surgery may help'),
      bullets(
        'A tumor in the breast or under the arm that is painful, bleeding or infected, or has broken through the skin',
        'Cancer pressing on the spinal cord, or a spine that is not stable. Surgery can protect your ability to walk and control your bladder.',
        'A bone, such as the thigh bone, that has broken or is likely to break. A bone surgeon (orthopedic surgeon) can put in a metal rod or plate to support it.',
        'A single large tumor in the brain that causes symptoms. A brain surgeon (neurosurgeon) does this.',
        'Taking out the ovaries, as a one-time way to stop them from making estrogen',
      ),
      paragraph(
        'Our breast surgeons do breast and ovary surgery. For bone, spine or brain surgery, we refer you to surgeons we work with at nearby hospitals. They join our tumor board to plan your care.',
      ),
      paragraph(
        'Your surgeon will talk with your medical oncologist about timing. Some drugs need to be paused before and after an operation.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Risks depend on the type of surgery. They include pain, bleeding, infection and slow healing. Recovery can take a few days to several weeks.',
      ),
      paragraph(
        'Your team will help control pain and get you moving safely. A physical therapist can help you get your strength back. Your team will also plan when to restart your cancer treatment.',
      ),
    ],
    review: review('katherine-osei', '2026-11-17'),
  },
  {
    slug: 'palliative-radiation',
    name: 'Palliative radiation therapy',
    category: 'radiation',
    howGiven: 'procedure',
    summary:
      'Radiation uses strong beams aimed at one area. In metastatic breast cancer, it can ease bone pain, protect the spine and treat cancer in the brain. It often takes just a few short visits.',
    body: [
      paragraph(
        'Palliative radiation treats the part of the body where cancer causes problems, or soon may. You do not feel the beams, just as with an X-ray. Each session takes only a few minutes once you are in place.',
      ),
      heading(3, 'Radiation for bone metastases'),
      paragraph(
        'Radiation eases pain from cancer in a bone for most people. It often takes 1 to 10 sessions. For many people, a single session works well. Pain most often starts to ease within 1 to 4 weeks. Radiation is also used right away when cancer presses on the spinal cord.',
      ),
      heading(3, 'Radiation for brain metastases'),
      bullets(
        'Radiosurgery (SRS) aims many small beams at each spot in the brain. It takes 1 to 5 sessions. It is often used when there are only a few spots.',
        'Whole-brain radiation treats the whole brain, over 1 to 2 weeks. It is used when there are many spots. A medicine called memantine can help protect memory. So can a way of aiming that spares the part of the brain used for memory.',
      ),
      heading(3, 'Other uses'),
      paragraph(
        'Body radiosurgery (SBRT) aims strong, exact beams at small spots in the lungs, liver or bones. Radiation can also ease bleeding or pain from tumors in the breast, skin or lymph nodes.',
      ),
      paragraph(
        'Radiation can harm an unborn baby. Tell your team if you are or could be pregnant.',
      ),
    ],
    sideEffects: [
      paragraph(
        'Side effects depend on the area treated. Most often they affect only that area. Tiredness and red or sore skin are common. Bone pain can get worse for a day or two. This is called a pain flare. A short course of steroids can help.',
      ),
      bullets(
        'Radiation near the throat or chest may cause a sore throat or trouble swallowing for a while.',
        'Radiation to the belly may cause nausea.',
        'Whole-brain radiation can cause hair loss, tiredness and changes in memory or thinking.',
        'After radiosurgery, some people get swelling in the brain. It is treated with steroids.',
      ),
    ],
    review: review('victor-almeida', '2026-11-17'),
  },
  {
    slug: 'bone-health-and-symptom-care',
    name: 'Bone health and symptom care',
    category: 'supportive',
    howGiven: 'several',
    summary:
      'Supportive care treats the symptoms of cancer and keeps you as strong as you can be. It includes drugs to make bones stronger, pain control, and care for symptoms of cancer in the brain.',
    body: [
      paragraph(
        'Bones are the most common place for breast cancer to spread. Cancer in a bone can cause pain. It can weaken the bone so it breaks more easily. It can also raise the calcium level in the blood. Treating these problems is part of good cancer care.',
      ),
      heading(3, 'Drugs that make bones stronger'),
      bullets(
        'Zoledronic acid is given through a vein, most often every 4 to 12 weeks.',
        'Denosumab is a shot under the skin, most often every 4 weeks.',
        'Both mainly lower the chance of broken bones and other bone problems. They may also ease bone pain a little. Radiation and pain medicine do most to treat pain.',
        'You will also take calcium and vitamin D, unless your doctor says not to.',
        'See a dentist before you start, if you can. These drugs can rarely harm the jawbone. Good dental care lowers the risk.',
        'Do not stop denosumab on your own. When it stops, bones can lose strength fast, and spine bones can break. Your doctor will plan a safe way to stop, often with another drug.',
      ),
      heading(3, 'Pain control'),
      paragraph(
        'Pain medicine is matched to the type of pain. Options include acetaminophen, anti-inflammatory drugs, opioids for strong pain, and medicines for nerve pain. Radiation and nerve blocks can also help. So can kyphoplasty, which puts bone cement into a broken spine bone. Our palliative care team is expert at pain control.',
      ),
      heading(3, 'Symptoms of brain metastases'),
      paragraph(
        'Steroids such as dexamethasone reduce swelling in the brain. They can quickly ease headaches and other symptoms. If you have had a seizure, you will take medicine to prevent more. Radiation, and sometimes surgery, treat the cancer itself.',
      ),
      heading(3, 'Rehabilitation'),
      paragraph(
        'Therapists can help you stay active and do the things you enjoy. Physical therapists help with strength, balance and safe ways to move with cancer in the bones. Occupational therapists help with daily tasks at home and work. Speech therapists help with speech, swallowing and memory. Lymphedema therapists treat swelling of the arm or chest.',
      ),
      heading(3, 'When to call your care team'),
      bullets(
        'A fever of 100.4°F (38°C) or higher during treatment',
        'New bone pain, or pain that gets worse or stops you from sleeping',
        'A new cough, shortness of breath or chest pain',
        'Yellow skin or eyes, swelling of the belly, or pain under the right ribs',
        'New headaches, vision changes or trouble with balance',
        'Feeling very thirsty, confused, constipated or very tired. These can be signs of high calcium.',
      ),
      heading(3, 'When to call 911'),
      bullets(
        'New or worse back pain with weakness, numbness or tingling in the legs, or trouble controlling your bladder or bowels. This can mean pressure on the spinal cord.',
        'A seizure, sudden confusion, or a very bad headache with vomiting',
        'Sudden shortness of breath, or sudden pain and swelling in one leg',
      ),
    ],
    sideEffects: [
      bullets(
        'Zoledronic acid can cause flu-like aches for a day or two after the first doses. It can affect the kidneys, so you will have kidney blood tests.',
        'Denosumab can lower calcium in the blood. Calcium and vitamin D help prevent this.',
        'Both can rarely cause jawbone damage. Tell your team about tooth or jaw pain, or a loose tooth.',
        'Opioids often cause constipation and sleepiness. Take a stool softener or laxative as your team advises.',
        'Steroids can raise blood sugar. They can cause trouble sleeping and mood changes. The team uses the lowest dose that helps.',
      ),
    ],
    review: review('thomas-hartley', '2026-11-17'),
  },
];
