"""Japanese text primitives shared by the readers, the facts and the recommender: normalisation,
sentence splitting, numbers and fiscal years, and the cue patterns."""
