"""The environments: ``/environments`` for the clients (protocol G1, G11) and the user's page."""

urlpatterns: list = []
