"""A page listing the API's operations, rendered from the OpenAPI document by
``static/api-docs.js`` (no inline script or style: the Content-Security-Policy forbids them)."""

DOCS_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Avatar Data Generator API</title>
<link rel="stylesheet" href="{{DOCS_CSS_URL}}">
</head>
<body>
<h1 id="title">Avatar Data Generator API</h1>
<p id="description" class="muted"></p>
<p>Machine-readable description: <a href="{{OPENAPI_URL}}"><code>{{OPENAPI_URL}}</code></a></p>
<div id="ops" data-openapi="{{OPENAPI_URL}}"><p class="muted">Loading the operations…</p></div>
<script src="{{DOCS_JS_URL}}"></script>
</body>
</html>
"""
