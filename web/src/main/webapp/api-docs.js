// Kept out of api-docs.html: the Content-Security-Policy allows no inline script.
// The API of a tenant lives under its base: the portal's own address, or /t/{slug} on the platform host.
// The reference carries the tenant's name and shows only the tenant's API, not the operators' paths.
var base = window.location.pathname.replace(/\/api-docs\.html$/, '');
Promise.all([
  fetch('/openapi?format=JSON').then(function (answer) { return answer.json(); }),
  fetch(base + '/api/v1').then(function (answer) { return answer.ok ? answer.json() : null; })
]).then(function (loaded) {
  var spec = loaded[0];
  var shop = loaded[1];
  Object.keys(spec.paths || {}).forEach(function (path) {
    if (path.indexOf('/api/platform/') === 0) {
      delete spec.paths[path];
    }
  });
  if (shop) {
    spec.info.title = shop.name + ' API';
    document.title = spec.info.title;
  }
  window.ui = SwaggerUIBundle({
    spec: spec,
    dom_id: '#reference',
    requestInterceptor: function (request) {
      var origin = window.location.origin;
      if (base && request.url.indexOf(origin + '/api/') === 0) {
        request.url = origin + base + request.url.substring(origin.length);
      }
      return request;
    }
  });
});
