export default {
  rest: {
    defaultLimit: 25,
    // The site build reads every entry in pages of 500 (site/src/lib/cms/strapi-client.ts).
    maxLimit: 500,
    withCount: true,
  },
};
