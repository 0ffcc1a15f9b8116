# Passage interface messages (uk): The learner's data: progress, storage, export and import.
