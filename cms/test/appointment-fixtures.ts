/** A complete, valid appointment request as the site's script sends it; tests break one field at a time. */
export const VALID_REQUEST = {
  requestType: 'second_opinion',
  fullName: 'Maria Lopez',
  phone: '(919) 555-0142',
  email: 'maria@example.org',
  preferredContactMethod: 'phone',
  preferredContactTime: 'morning',
  preferredLocation: 'durham',
  message: 'I was diagnosed in May and would like a second opinion on my treatment plan.',
  consentToContact: true,
};
