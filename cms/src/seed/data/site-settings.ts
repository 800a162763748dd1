import type { SeedSiteSettings } from '../types';

/** Site-wide settings for the fictional demo center. */
export const siteSettings: SeedSiteSettings = {
  organizationName: 'Piedmont Valley Cancer Institute',
  appointmentPhone: '(919) 555-0100',
  appointmentPageText:
    'To make an appointment with our metastatic breast cancer team, call us or fill out the form below. You do not need a referral from another doctor.\n\n' +
    'Please have these ready: your insurance card, the name of your current doctor, and any recent test results, scans or pathology reports. If you do not have your records, we can request them for you with your permission.\n\n' +
    'A nurse navigator will call you within one business day. They will learn about your needs and book your first visit, most often within a week.',
  secondOpinionPageText:
    'A second opinion means another expert looks at your diagnosis and treatment plan. Asking for one is common. Most cancer doctors welcome it.\n\n' +
    'We will need your lab reports on the biopsy. If we can, we will also get your biopsy slides or tissue. Please send recent scans and a list of the treatments you have had. Our team can help gather them. Most visits take place within two weeks after we get your records. You can come in person or meet by video.\n\n' +
    'After your visit, we send a written summary to you and your local cancer doctor. Many patients keep getting treatment close to home. We stay in touch with your local team.',
  emergencyNote:
    'If you have a medical emergency, call 911 or go to the nearest emergency room. Do not use online forms for urgent problems. If you are a patient with a fever or new symptoms, call your care team right away, day or night.',
  footerText:
    'Piedmont Valley Cancer Institute cares for people with metastatic breast cancer at seven clinics across the Triangle area of North Carolina. The information on this site is for general education and does not replace advice from your own care team.',
  defaultSeo: {
    metaTitle: 'Metastatic Breast Cancer Care | Piedmont Valley Cancer Institute',
    metaDescription: 'Care for metastatic (stage IV) breast cancer: doctors, treatments, clinical trials and support at seven clinics in the North Carolina Triangle.',
  },
  showDemoNotice: true,
  demoNotice:
    'This is a demonstration website. Piedmont Valley Cancer Institute and its doctors, clinics and clinical trials are fictional. Nothing here is medical advice. Talk with your own care team about your health.',
};
