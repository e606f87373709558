"""The toolbox: a catalogue of methods for climate-resilient cities, filterable by every facet."""
