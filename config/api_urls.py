"""The JSON API: /api/v1/, the OpenAPI schema and its docs."""

urlpatterns: list = []
