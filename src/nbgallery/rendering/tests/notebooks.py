"""Small notebook dicts for the tests (not a test module)."""

from __future__ import annotations

from typing import Any


def code_notebook(*outputs: dict[str, Any], source: Any = "x", count: int | None = 1) -> dict:
    """A notebook with one code cell holding the given outputs."""
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {},
        "cells": [
            {
                "cell_type": "code",
                "execution_count": count,
                "metadata": {},
                "source": source,
                "outputs": list(outputs),
            }
        ],
    }


def display(data: dict[str, Any], metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"output_type": "display_data", "data": data, "metadata": metadata or {}}


def result(data: dict[str, Any], count: int = 1) -> dict[str, Any]:
    return {"output_type": "execute_result", "execution_count": count, "data": data, "metadata": {}}
