/* The API reference page: renders /api/v1/openapi.json (see avatargen/api/docs.py). */
(function () {
  "use strict";
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function resolve(doc, obj) {
    while (obj && obj.$ref) {
      obj = obj.$ref.replace(/^#\//, "").split("/").reduce(function (o, k) { return o[k]; }, doc);
    }
    return obj;
  }
  function schemaName(schema) {
    if (!schema) return "";
    if (schema.$ref) return schema.$ref.split("/").pop();
    if (schema.type === "array" && schema.items) return schemaName(schema.items) + "[]";
    return schema.type || "";
  }
  function render(doc) {
    document.getElementById("title").textContent = doc.info.title + " " + doc.info.version;
    document.getElementById("description").textContent = doc.info.description || "";
    var root = document.getElementById("ops");
    root.textContent = "";
    Object.keys(doc.paths).forEach(function (path) {
      var item = doc.paths[path];
      ["get", "post", "put", "patch", "delete"].forEach(function (method) {
        var op = item[method];
        if (!op) return;
        var box = el("section", "op");
        box.id = op.operationId;
        var head = el("div");
        head.appendChild(el("span", "method " + method, method));
        head.appendChild(el("code", "", path));
        box.appendChild(head);
        box.appendChild(el("div", "muted", op.summary || ""));
        var params = (item.parameters || []).concat(op.parameters || []);
        if (params.length) {
          var table = el("table");
          params.forEach(function (p) {
            var row = el("tr");
            row.appendChild(el("td", "", p.name + (p.required ? " *" : "")));
            row.appendChild(el("td", "muted", p["in"]));
            var s = p.schema || {};
            var info = s.enum ? s.enum.join(" | ") : schemaName(s);
            row.appendChild(el("td", "", info + (p.description ? " — " + p.description : "")));
            table.appendChild(row);
          });
          box.appendChild(table);
        }
        if (op.requestBody) {
          var media = op.requestBody.content["application/json"];
          box.appendChild(el("div", "", "Body: application/json " + schemaName(media.schema)));
        }
        var codes = el("table");
        Object.keys(op.responses).forEach(function (code) {
          var resp = resolve(doc, op.responses[code]);
          var row = el("tr");
          row.appendChild(el("td", "", code));
          var types = resp.content ? Object.keys(resp.content).map(function (t) {
            return t + " " + schemaName(resp.content[t].schema);
          }).join(", ") : "";
          row.appendChild(el("td", "", resp.description + (types ? " — " + types : "")));
          codes.appendChild(row);
        });
        box.appendChild(codes);
        root.appendChild(box);
      });
    });
    var details = el("details");
    details.appendChild(el("summary", "", "Schemas"));
    details.appendChild(el("pre", "", JSON.stringify(doc.components.schemas, null, 2)));
    root.appendChild(details);
  }
  fetch(document.getElementById("ops").dataset.openapi).then(function (r) { return r.json(); }).then(render, function (err) {
    document.getElementById("ops").textContent = "Could not load the document: " + err;
  });
})();
