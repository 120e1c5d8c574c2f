"""What runs behind the windows: the application context, worker jobs, the one gateway to the
panels (their clients, the work sent to them, the count of spending work), the background
poller, the open panel's session and API keys. No widgets here."""
