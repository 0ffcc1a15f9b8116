# Passage interface messages (fr): The learner's data: progress, storage, export and import.
