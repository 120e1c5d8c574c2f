"""Platforms and products (``core.kinds`` vocabulary ids) in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

__all__ = ["platform_name", "product_name"]


def platform_name(platform: str | None) -> str:
    """ "Instagram", "Apple Music"…; "Platform not stated" for None or ""."""
    names = {
        "instagram": QCoreApplication.translate("Kinds", "Instagram"),
        "youtube": QCoreApplication.translate("Kinds", "YouTube"),
        "tiktok": QCoreApplication.translate("Kinds", "TikTok"),
        "facebook": QCoreApplication.translate("Kinds", "Facebook"),
        "twitter": QCoreApplication.translate("Kinds", "X (Twitter)"),
        "telegram": QCoreApplication.translate("Kinds", "Telegram"),
        "spotify": QCoreApplication.translate("Kinds", "Spotify"),
        "soundcloud": QCoreApplication.translate("Kinds", "SoundCloud"),
        "twitch": QCoreApplication.translate("Kinds", "Twitch"),
        "linkedin": QCoreApplication.translate("Kinds", "LinkedIn"),
        "pinterest": QCoreApplication.translate("Kinds", "Pinterest"),
        "threads": QCoreApplication.translate("Kinds", "Threads"),
        "snapchat": QCoreApplication.translate("Kinds", "Snapchat"),
        "discord": QCoreApplication.translate("Kinds", "Discord"),
        "kick": QCoreApplication.translate("Kinds", "Kick"),
        "reddit": QCoreApplication.translate("Kinds", "Reddit"),
        "quora": QCoreApplication.translate("Kinds", "Quora"),
        "vimeo": QCoreApplication.translate("Kinds", "Vimeo"),
        "tumblr": QCoreApplication.translate("Kinds", "Tumblr"),
        "google": QCoreApplication.translate("Kinds", "Google"),
        "website": QCoreApplication.translate("Kinds", "Website traffic"),
        "app": QCoreApplication.translate("Kinds", "Apps"),
        "apple_music": QCoreApplication.translate("Kinds", "Apple Music"),
        "deezer": QCoreApplication.translate("Kinds", "Deezer"),
        "audiomack": QCoreApplication.translate("Kinds", "Audiomack"),
        "podcast": QCoreApplication.translate("Kinds", "Podcasts"),
        "imdb": QCoreApplication.translate("Kinds", "IMDb"),
        "vk": QCoreApplication.translate("Kinds", "VK"),
        "whatsapp": QCoreApplication.translate("Kinds", "WhatsApp"),
        "trustpilot": QCoreApplication.translate("Kinds", "Trustpilot"),
        "shazam": QCoreApplication.translate("Kinds", "Shazam"),
        "tidal": QCoreApplication.translate("Kinds", "Tidal"),
        "dailymotion": QCoreApplication.translate("Kinds", "Dailymotion"),
        "rumble": QCoreApplication.translate("Kinds", "Rumble"),
        "kwai": QCoreApplication.translate("Kinds", "Kwai"),
        "likee": QCoreApplication.translate("Kinds", "Likee"),
    }
    if not platform:
        return QCoreApplication.translate("Kinds", "Platform not stated")
    return names.get(platform, platform)


def product_name(product: str | None) -> str:
    """ "Followers", "Story views"…; "Product not stated" for None or ""."""
    names = {
        "followers": QCoreApplication.translate("Kinds", "Followers"),
        "likes": QCoreApplication.translate("Kinds", "Likes"),
        "page_likes": QCoreApplication.translate("Kinds", "Page likes"),
        "comment_likes": QCoreApplication.translate("Kinds", "Comment likes"),
        "dislikes": QCoreApplication.translate("Kinds", "Dislikes"),
        "views": QCoreApplication.translate("Kinds", "Views"),
        "story_views": QCoreApplication.translate("Kinds", "Story views"),
        "live_viewers": QCoreApplication.translate("Kinds", "Live viewers"),
        "watch_time": QCoreApplication.translate("Kinds", "Watch time"),
        "comments": QCoreApplication.translate("Kinds", "Comments"),
        "shares": QCoreApplication.translate("Kinds", "Shares"),
        "subscribers": QCoreApplication.translate("Kinds", "Subscribers"),
        "members": QCoreApplication.translate("Kinds", "Members"),
        "plays": QCoreApplication.translate("Kinds", "Plays"),
        "saves": QCoreApplication.translate("Kinds", "Saves"),
        "listeners": QCoreApplication.translate("Kinds", "Listeners"),
        "traffic": QCoreApplication.translate("Kinds", "Traffic"),
        "profile_visits": QCoreApplication.translate("Kinds", "Profile visits"),
        "impressions": QCoreApplication.translate("Kinds", "Impressions"),
        "reach": QCoreApplication.translate("Kinds", "Reach"),
        "votes": QCoreApplication.translate("Kinds", "Votes"),
        "upvotes": QCoreApplication.translate("Kinds", "Upvotes"),
        "downvotes": QCoreApplication.translate("Kinds", "Downvotes"),
        "reposts": QCoreApplication.translate("Kinds", "Reposts"),
        "reviews": QCoreApplication.translate("Kinds", "Reviews"),
        "installs": QCoreApplication.translate("Kinds", "Installs"),
        "mentions": QCoreApplication.translate("Kinds", "Mentions"),
        "reactions": QCoreApplication.translate("Kinds", "Reactions"),
        "friends": QCoreApplication.translate("Kinds", "Friends"),
        "connections": QCoreApplication.translate("Kinds", "Connections"),
        "engagement": QCoreApplication.translate("Kinds", "Engagement"),
        "package": QCoreApplication.translate("Kinds", "Packages"),
    }
    if not product:
        return QCoreApplication.translate("Kinds", "Product not stated")
    return names.get(product, product)
