/**
 * Only one route, and it only creates. No core router: there is no find, findOne, update or
 * delete through /api for anyone, whatever token they hold. Care coordinators read requests in
 * the admin (src/bootstrap/roles.ts).
 */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: '/appointment-requests',
      handler: 'appointment-request.submit',
      config: {
        // Public: the site's visitors have no account. Rate, size and format are checked by
        // global::appointment-request-gate before the body is read; CORS by strapi::cors.
        auth: false,
        policies: [],
        middlewares: [],
      },
    },
  ],
};
