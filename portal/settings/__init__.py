"""Settings package: ``base`` is production-safe; ``dev``, ``test`` and ``production`` override it."""
