"""Summaries of readings from a small weather station."""

from dataclasses import dataclass
from statistics import mean

FREEZING_POINT_C = 0.0


@dataclass
class Reading:
    """One measurement: temperature in degrees Celsius and relative humidity in percent."""

    temperature_c: float
    humidity: float = 50.0


def summarise(readings: list[Reading]) -> dict[str, float]:
    """Return the mean temperature and how many readings were below freezing."""
    if not readings:
        raise ValueError("at least one reading is needed")
    temperatures = [reading.temperature_c for reading in readings]
    frost_count = sum(1 for t in temperatures if t < FREEZING_POINT_C)  # nights with frost
    return {"mean_c": round(mean(temperatures), 2), "frost_count": frost_count}
