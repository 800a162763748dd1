import type { Schema, Struct } from '@strapi/strapi';

export interface ContentCallToAction extends Struct.ComponentSchema {
  collectionName: 'components_content_calls_to_action';
  info: {
    description: 'A short block that invites the reader to take one step, with a link.';
    displayName: 'Call to action';
    icon: 'arrowRight';
  };
  attributes: {
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
    linkHref: Schema.Attribute.String & Schema.Attribute.Required;
    linkLabel: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 60;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 800;
      }>;
  };
}

export interface ContentSection extends Struct.ComponentSchema {
  collectionName: 'components_content_sections';
  info: {
    description: 'A titled section of rich text on the overview page.';
    displayName: 'Section';
    icon: 'layer';
  };
  attributes: {
    anchor: Schema.Attribute.String & Schema.Attribute.Required;
    body: Schema.Attribute.Blocks & Schema.Attribute.Required;
    heading: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface ContentTitledText extends Struct.ComponentSchema {
  collectionName: 'components_content_titled_texts';
  info: {
    description: 'A short heading with a sentence or two under it; used for lists such as goals of care.';
    displayName: 'Titled text';
    icon: 'bulletList';
  };
  attributes: {
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 600;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 120;
      }>;
  };
}

export interface LocationOpeningHours extends Struct.ComponentSchema {
  collectionName: 'components_location_opening_hours';
  info: {
    description: 'When this location is open on one day of the week.';
    displayName: 'Opening hours';
    icon: 'clock';
  };
  attributes: {
    closes: Schema.Attribute.String & Schema.Attribute.Required;
    day: Schema.Attribute.Enumeration<
      [
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
        'Sunday',
      ]
    > &
      Schema.Attribute.Required;
    opens: Schema.Attribute.String & Schema.Attribute.Required;
  };
}

export interface PhysicianEducation extends Struct.ComponentSchema {
  collectionName: 'components_physician_educations';
  info: {
    description: "One step of a physician's training.";
    displayName: 'Education';
    icon: 'book';
  };
  attributes: {
    field: Schema.Attribute.String;
    institution: Schema.Attribute.String & Schema.Attribute.Required;
    kind: Schema.Attribute.Enumeration<
      [
        'medical_school',
        'residency',
        'fellowship',
        'graduate_school',
        'internship',
      ]
    > &
      Schema.Attribute.Required;
    year: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 2100;
          min: 1950;
        },
        number
      >;
  };
}

export interface PhysicianLanguage extends Struct.ComponentSchema {
  collectionName: 'components_physician_languages';
  info: {
    description: 'A language the physician speaks with patients.';
    displayName: 'Language';
    icon: 'globe';
  };
  attributes: {
    language: Schema.Attribute.Enumeration<
      [
        'English',
        'Spanish',
        'Mandarin',
        'Cantonese',
        'Vietnamese',
        'Korean',
        'Arabic',
        'Hindi',
        'Gujarati',
        'Urdu',
        'French',
        'Portuguese',
        'Russian',
        'German',
        'Tagalog',
        'Amharic',
        'Swahili',
        'Hebrew',
        'Italian',
        'Japanese',
      ]
    > &
      Schema.Attribute.Required;
  };
}

export interface SharedAddress extends Struct.ComponentSchema {
  collectionName: 'components_shared_addresses';
  info: {
    description: 'A US street address.';
    displayName: 'Address';
    icon: 'pinMap';
  };
  attributes: {
    city: Schema.Attribute.String & Schema.Attribute.Required;
    postalCode: Schema.Attribute.String & Schema.Attribute.Required;
    state: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2;
        minLength: 2;
      }>;
    street: Schema.Attribute.String & Schema.Attribute.Required;
    unit: Schema.Attribute.String;
  };
}

export interface SharedMedicalReview extends Struct.ComponentSchema {
  collectionName: 'components_shared_medical_reviews';
  info: {
    description: 'When this page was checked for medical accuracy, and when it is due again. The page shows "Medically reviewed on DATE by NAME", naming the physician chosen in the page\'s reviewedBy field.';
    displayName: 'Medical review';
    icon: 'check';
  };
  attributes: {
    lastReviewed: Schema.Attribute.Date & Schema.Attribute.Required;
    nextReviewDue: Schema.Attribute.Date & Schema.Attribute.Required;
    reviewer: Schema.Attribute.Relation<
      'oneToOne',
      'api::physician.physician'
    > &
      Schema.Attribute.Private;
  };
}

export interface SharedSeo extends Struct.ComponentSchema {
  collectionName: 'components_shared_seos';
  info: {
    description: 'How this page appears in search results and when shared.';
    displayName: 'SEO';
    icon: 'search';
  };
  attributes: {
    metaDescription: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 160;
      }>;
    metaTitle: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 70;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'content.call-to-action': ContentCallToAction;
      'content.section': ContentSection;
      'content.titled-text': ContentTitledText;
      'location.opening-hours': LocationOpeningHours;
      'physician.education': PhysicianEducation;
      'physician.language': PhysicianLanguage;
      'shared.address': SharedAddress;
      'shared.medical-review': SharedMedicalReview;
      'shared.seo': SharedSeo;
    }
  }
}
