"""The Refills view: finished orders with their refill windows (``model``), and the window that
lists them and refills many at once (``window``)."""
