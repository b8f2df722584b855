"""Coded values of the warehouse, exactly as ../shared/gold/FORMAT.md names them."""

# Money is an ISO 4217 code; every other unit is one of these words.
NON_MONEY_UNITS = (
    "percent", "percentage_point", "times", "person", "household", "item",
    "minute", "hour", "day", "month", "year", "rank", "square_meter", "ton",
)
CURRENCIES = (
    "CNY", "USD", "HKD", "EUR", "JPY", "GBP", "TWD", "CHF", "KRW", "SGD",
    "AUD", "CAD", "BRL", "NGN", "INR", "RUB", "MOP", "THB", "MYR", "IDR",
    "VND", "PHP", "NZD", "SEK", "NOK", "DKK", "ZAR", "MXN", "TRY", "AED",
    "SAR", "ILS", "EGP", "PKR", "KZT", "UAH", "PLN", "CZK", "HUF", "ARS",
    "CLP", "COP", "PEN", "BTC",
)
UNITS = CURRENCIES + NON_MONEY_UNITS
QUALIFIERS = ("eq", "gt", "approx", "lt")
KINDS = ("level", "change", "share")
DIRECTIONS = ("up", "down")
SOURCES = ("prose", "table")
# Baselines are free text ("传统口播模式") except for these two codes.
BASELINE_CODES = ("yoy", "qoq")
SCRIPTS = ("simplified", "traditional")
STAGES = ("ingest", "parse", "recognize", "attribute", "validate", "load")
