"""A copy of the content state (generation, change sequence) in Redis, so that a page served
from the cache costs no database query.

The database stays the source (``core.generation``): every change writes the state there, in
its own transaction. When the cache is Redis, which every process shares, the state is also
kept there under one key, and each request reads it from there (one round trip beside the
page's own) instead of from the database. A change publishes its new state once its
transaction has committed, and a reader that had to ask the database publishes what it read.
Both go through one atomic "set if newer" on the change sequence, which every change raises
in commit order: a reader that read the database just before a commit can never put the older
state back over the newer one. A publication that does not arrive (Redis briefly unreachable)
is bounded by the key's short expiry, after which the next reader asks the database again.

Without Redis (local memory, one process; or the database cache, which would cost the same
query) every request reads the database as before.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from django_redis import get_redis_connection

logger = logging.getLogger(__name__)

KEY = "portal:content-state"
# Only bounds a lost publication; a change replaces the state at once.
EXPIRY_SECONDS = 5

# KEYS[1]: the key; ARGV: sequence, generation, expiry. Replaces the stored state only with
# a newer sequence; refreshes the expiry of an equal one.
_SET_IF_NEWER = """
local stored = redis.call('GET', KEYS[1])
if stored then
  local sequence = tonumber(string.match(stored, '^(-?%d+):'))
  if sequence and sequence > tonumber(ARGV[1]) then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1] .. ':' .. ARGV[2], 'EX', ARGV[3])
return 1
"""


def enabled() -> bool:
    """Whether the cache is Redis, which every process shares."""
    return settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"


def redis_client():
    """The Redis connection of the default cache, or None when the cache is not Redis."""
    return get_redis_connection("default") if enabled() else None


def read() -> tuple[int, int] | None:
    """(generation, sequence) as last published, or None (no Redis, nothing published,
    Redis unreachable)."""
    return read_with(None)[0]


def read_with(cache_key: str | None) -> tuple[tuple[int, int] | None, object]:
    """The state as ``read`` gives it, and the default cache's entry under ``cache_key``
    (None when there is none), in one round trip: a page served from the cache needs both."""
    client = redis_client()
    if client is None:
        return None, None
    keys = [KEY] if cache_key is None else [KEY, cache.client.make_key(cache_key)]
    try:
        stored, *entry = client.mget(keys)
    except Exception:  # Redis down must not take pages down
        logger.warning("Cannot read the content state from Redis", exc_info=True)
        return None, None
    found = cache.client.decode(entry[0]) if entry and entry[0] is not None else None
    if not stored:
        return None, found
    sequence, _, generation = stored.decode().partition(":")
    return (int(generation), int(sequence)), found


def publish(state: tuple[int, int]) -> None:
    """Make ``state`` (generation, sequence), read from the database after its change
    committed, the one every process reads, unless a newer one is there already."""
    client = redis_client()
    if client is None:
        return
    generation, sequence = state
    try:
        client.eval(_SET_IF_NEWER, 1, KEY, sequence, generation, EXPIRY_SECONDS)
    except Exception:
        logger.warning("Cannot publish the content state to Redis", exc_info=True)
