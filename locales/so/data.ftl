# Passage interface messages (so): The learner's data: progress, storage, export and import.
