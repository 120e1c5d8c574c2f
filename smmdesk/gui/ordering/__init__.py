"""Placing orders: the adaptive order form, the confirmation and outcome it shows, the dialog
that settles an unconfirmed order, and mass orders."""
