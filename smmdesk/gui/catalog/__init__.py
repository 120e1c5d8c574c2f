"""The catalogue: the service tree model and view, its search and filters, and the selected
service's details. Never talks to a panel: it shows the Catalog a session hands it."""
