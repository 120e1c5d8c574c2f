"""The word lists and fixed rows the sandbox catalogue is generated from (data only)."""

from __future__ import annotations

from typing import Any

# fmt: off
HTML_DESC = (
    "<b>Start:</b> 0-1 hour<br>Speed: 5K/day<br>"
    '<a href="https://example.com/faq">Read the FAQ</a> before ordering.'
)
_CAT_IG_REFILL = "Instagram - Followers [Guaranteed/Refill] &amp; Less Drops ⭐"
_CAT_ARABIC = "انستغرام - متابعين عرب"

# The fixed services (ids 1..23, see catalog.py's table). One row each:
# (id, name, type, category, rate, min, max, dripfeed, refill, cancel, desc); None = key missing.
FIXED_ROWS: tuple[tuple[Any, ...], ...] = (
    (1, "Instagram Followers [15K] ", "Default", _CAT_IG_REFILL, "0.90", "50", "10000",
     False, True, True, HTML_DESC),
    ("2", "Instagram Followers - Max 300k - No refill - 30-40k/Day", "Default", _CAT_IG_REFILL,
     "1.20", 100, 5000, 1, 0, 1, None),
    (3, "TikTok Package: 1K Likes + 10K Views 🎁", "Package", "TikTok - Packages 📦", "2.50",
     1, 1, False, False, False, "One package per link."),
    (4, "Instagram Custom Comments [Arabic / English] 💬", "Custom Comments",
     "Instagram - Comments", "12.00", "5", "1000", "0", "0", "1", None),
    (5, "YouTube Custom Comments Package [10 comments]", "Custom Comments Package",
     "YouTube - Comments", "4.00", 1, 1, False, False, False, None),
    (6, "Instagram Mentions [Followers of your choice]", "Mentions", "Instagram - Mentions",
     "3.00", 100, 10000, False, False, False, None),
    (7, "Instagram Mentions + Hashtags", "Mentions with Hashtags", "Instagram - Mentions",
     "3.50", 100, 10000, False, False, False, None),
    (8, "Instagram Mentions [Custom List]", "Mentions Custom List", "Instagram - Mentions",
     "5.00", 10, 1000, False, False, False, None),
    (9, "Instagram Mentions [From #Hashtag]", "Mentions Hashtag", "Instagram - Mentions",
     "2.80", 100, 10000, False, False, False, None),
    (10, "مُتابِعين - منشن من متابعي حساب", "Mentions User Followers", _CAT_ARABIC,
     "2.90", 100, 10000, False, False, False, None),
    (11, "Instagram Mentions [Media Likers]", "Mentions Media Likers", "Instagram - Mentions",
     "2.70", 100, 10000, False, False, False, None),
    (12, "Instagram Comment Likes ❤️ [Refill 30 Days]", "Comment Likes", "Instagram - Likes",
     "1.50", 20, 5000, False, True, False, None),
    (13, "YouTube Comment Replies [Custom]", "Comment Replies", "YouTube - Comments",
     "15.00", 1, 500, False, False, False, None),
    (14, "Telegram Poll Votes 🗳️", "Poll", "Telegram - Poll Votes", "0.80", 100, 50000,
     False, False, True, None),
    (15, "Website Traffic from Google [Keywords] 🔎", "SEO", "Website Traffic - SEO",
     "4.20", 100, 20000, False, False, False, None),
    (16, "Facebook Group Invites [From Groups]", "Invites from Groups",
     "Facebook - Group Members", "6.00", 100, 5000, False, False, False, None),
    (17, "Instagram Auto Likes [Subscription] 🔁", "Subscriptions",
     "Instagram - Auto Likes [Subscriptions]", "1.10", "50", "20000", False, False, True, None),
    (18, "Custom Gateway Traffic [API]", "Custom Gateway", "Website Traffic - Gateways",
     "0.50", 10, 1000, None, None, None, None),
    (19, "Instagram Likes  [ 30 Days ♻️ ] [ 20.01.2026 ]", "default", _CAT_IG_REFILL, "0.40",
     "50", "100000", None, False, None, None),
    (20, "Instagram Mentions [Users Followers]", "Mentions Users Followers",
     "Instagram - Mentions", "2.95", 100, 10000, False, False, False, None),
    (21, "Spotify Premium Playlist Placement 👑", "Default", "Spotify - Premium", "95200",
     100, 1000, False, False, False, None),
    (22, "YouTube Views [Cheapest] &lt;Slow&gt;", "Default", "YouTube - Views [Cheapest]",
     "0.0003", "1000", "2147483647", 0, 0, 0, None),
    (23, "X/Twitter Verified Followers 🇺🇸 [Premium]", "Default", "X/Twitter - Followers",
     "3960.0", 1, 100, False, True, True, "<b>Premium</b> accounts only."),
)

PLATFORMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Instagram", ("Followers", "Likes", "Views", "Story Views", "Reels Views", "Comments",
                   "Saves", "Impressions", "Live Views")),
    ("TikTok", ("Followers", "Likes", "Views", "Shares", "Comments", "Live Stream Views",
                "Saves")),
    ("YouTube", ("Views", "Subscribers", "Likes", "Watch Time", "Shorts Views", "Comments",
                 "Live Stream Viewers")),
    ("Telegram", ("Channel Members", "Group Members", "Post Views", "Reactions", "Poll Votes")),
    ("Facebook", ("Page Likes", "Followers", "Post Likes", "Video Views", "Group Members",
                  "Reactions")),
    ("X/Twitter", ("Followers", "Likes", "Retweets", "Views", "Poll Votes")),
    ("Spotify", ("Plays", "Followers", "Monthly Listeners", "Saves")),
    ("Twitch", ("Followers", "Live Viewers")),
    ("Threads", ("Followers", "Likes")),
    ("SoundCloud", ("Plays", "Likes", "Reposts")),
    ("Snapchat", ("Followers", "Story Views")),
    ("Discord", ("Server Members", "Online Members")),
    ("LinkedIn", ("Followers", "Post Likes")),
    ("Website Traffic", ("Visitors from Google", "Direct Traffic", "Social Traffic")),
)
SMALL_CAPS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ")
CAT_QUALIFIERS = (
    "[Guaranteed/Refill] &amp; Less Drops ⭐", "[No Refill]", "[Real &amp; Active]",
    "[Cheapest]", "🇧🇷 Brazil", "🇺🇸 USA", "🇮🇳 India", "🇹🇷 Turkey", "🇪🇬 Egypt",
    "[ 20.01.2026 ]", "&lt;Instant&gt;", " [Non Drop]", "👑 VIP", "[Own Service]",
    "[Country Targeted] 🌍", "[HQ]", "♻️ Lifetime Refill", "⚡ Fast", "", "[Drip-feed]",
)
AR_PLATFORMS = {"Instagram": "انستغرام", "TikTok": "تيك توك", "YouTube": "يوتيوب",
                "Telegram": "تيليجرام", "Facebook": "فيسبوك", "X/Twitter": "تويتر",
                "Snapchat": "سناب شات"}
AR_PRODUCTS = ("متابعين", "مُتابِعين", "لايكات", "مشاهدات", "تعليقات", "أعضاء قناة")
AR_QUALIFIERS = ("عرب", "خليجي 🇸🇦", "مصري 🇪🇬", "حقيقي مع ضمان ♻️", "بضمان 30 يوم",
                 "سريع ⚡", "")
NAME_TAGS = (
    "[Max 100K]", "[Refill: 30 Days ♻️]", "[Start: 0-1 Hr]", "[Speed: 10K/Day]", "⚡ Instant",
    "| Real Accounts", "[Non Drop]", "[LQ]", "[HQ]", "🔥", "[ 20.01.2026 ]", "&amp; Fast",
    "&lt;1K/Day", "[ 30 Days ♻️ ]", "[Lifetime]", "🇺🇸", "[Mixed Quality]", "  [Cheap]",
    "[Max 1M]", "💎 Premium",
)
AR_NAME_TAGS = ("[ضمان 30 يوم ♻️]", "[بدء فوري]", "🇸🇦", "[جودة عالية]", "[ 20.01.2026 ]")
# (type as served, weight); "Custom Gateway" is unknown on purpose (the generic fallback).
RANDOM_TYPES: tuple[tuple[str, int], ...] = (
    ("Default", 740), ("default", 30), ("Package", 20), ("Custom Comments", 40),
    ("Custom Comments Package", 10), ("Mentions", 10), ("Mentions with Hashtags", 8),
    ("Mentions Custom List", 8), ("Mentions Hashtag", 8), ("Mentions User Followers", 6),
    ("Mentions Users Followers", 3), ("Mentions Media Likers", 6), ("Comment Likes", 20),
    ("Comment Replies", 10), ("Poll", 15), ("SEO", 15), ("Invites from Groups", 8),
    ("Invites From Groups", 3), ("Subscriptions", 25), ("Custom Gateway", 7),
)
MINS = (10, 20, 50, 100, 100, 200, 500, 1000)
MAXES = (1000, 5000, 10000, 10000, 50000, 100000, 500000, 1000000, 10000000, 2147483647)
# fmt: on
