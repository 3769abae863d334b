// Kept out of api-docs.html: the Content-Security-Policy allows no inline script.
// The API of a tenant lives under its base: the portal's own address, or /t/{slug} on the platform host.
var base = window.location.pathname.replace(/\/api-docs\.html$/, '');
window.ui = SwaggerUIBundle({
  url: '/openapi?format=JSON',
  dom_id: '#reference',
  requestInterceptor: function (request) {
    var origin = window.location.origin;
    if (base && request.url.indexOf(origin + '/api/') === 0) {
      request.url = origin + base + request.url.substring(origin.length);
    }
    return request;
  }
});
