from nbgallery.lib.packages import imported_packages


def test_python_imports_give_top_level_packages():
    source = """
import numpy as np, os.path
from sklearn.linear_model import LinearRegression
from . import sibling
from .local import helper
    import matplotlib.pyplot as plt  # indented, inside a block
x = "import notapackage"  # in a string, not at a line start
"""
    assert imported_packages("python", [source]) == ["matplotlib", "numpy", "os", "sklearn"]


def test_r_library_require_and_require_namespace():
    source = "library(ggplot2)\nrequire(\"dplyr\")\nif (requireNamespace('data.table')) {}\n"
    assert imported_packages("R", [source]) == ["data.table", "dplyr", "ggplot2"]


def test_julia_using_and_import():
    source = "using DataFrames, CSV\nimport Plots: plot\nusing .Local\nimport LinearAlgebra.BLAS"
    assert imported_packages("julia", [source]) == ["csv", "dataframes", "linearalgebra", "plots"]


def test_names_are_lower_case_and_listed_once_across_cells():
    assert imported_packages("python", ["import Pandas", "import pandas"]) == ["pandas"]


def test_an_unknown_language_tries_every_rule():
    assert imported_packages("", ["import numpy", "library(shiny)"]) == ["numpy", "shiny"]
