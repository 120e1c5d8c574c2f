"""What runs behind the windows: the application context, worker jobs, the background poller,
the open panel's session, API keys and the count of spending work. No widgets here."""
