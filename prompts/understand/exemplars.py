"""Labelled phrasings of each kind of question: the intent classifier's training data.

Adding a behaviour means adding its phrasings here and a handler, not editing a chain of
rules. Topics in the phrasings are deliberately varied and generic (not the bundled
profile's), so the classifier learns the form of a question, not its subject.
"""

from __future__ import annotations

EXEMPLARS: dict[str, list[str]] = {
    # The profile's main themes as a whole.
    "overview": [
        "What are her main research areas?",
        "What does he mostly work on?",
        "What does this researcher work on?",
        "what kind of research do they do",
        "Summarize his research.",
        "Give me a summary of her work.",
        "What are their research interests?",
        "What topics does she publish on?",
        "What is he known for?",
        "Describe the researcher's main lines of work.",
        "what fields is she active in",
        "Which areas does this person focus on?",
        "In a nutshell, what is their research about?",
        "What are the big themes in his publications?",
        "I'm curious what kind of work she does.",
        "Can you give an overview of their research agenda?",
        "what application domains does her work target",
        "What problems does he usually study?",
        "Which of his papers would you recommend reading first?",
        "Where should I start with her papers?",
    ],
    # Papers on a subject: every relevant paper, listed.
    "topic": [
        "What has she published on graph neural networks?",
        "Tell me about his speech recognition research.",
        "Which papers deal with robotics?",
        "Is she working on protein design?",
        "Has he done any work on federated learning?",
        "Any papers about contrastive learning?",
        "papers on machine translation",
        "Show me their work on recommender systems.",
        "Does she do anything with time series forecasting?",
        "I'm curious whether they have studied adversarial attacks.",
        "What research has he done in medical imaging?",
        "Which of her papers use diffusion models?",
        "Has this researcher published anything on causal inference?",
        "what work has she done around code generation",
        "List his publications about dialogue systems.",
        "Could you find their papers related to anomaly detection?",
        "Did he write about language model alignment?",
        "Are there papers on point clouds?",
    ],
    # A fact stated inside one paper: a number, a dataset, a method, how something works.
    "fact": [
        "What dataset did the AlphaNet paper use?",
        "How many images does the benchmark contain?",
        "What accuracy does the model reach on ImageNet?",
        "How does the proposed method handle noisy labels?",
        "What is BetaGAN?",
        "What does the GammaKD paper propose?",
        "Which baselines does the survey compare against?",
        "How much faster is the new decoder?",
        "What architecture does the retrieval model use?",
        "What loss function does the paper introduce?",
        "How large is the training corpus they built?",
        "what score did the model get on the leaderboard",
        "Explain how the attention mechanism in DeltaNet works.",
        "What problem does the EpsilonQA dataset address?",
        "By how much does it improve over the previous state of the art?",
    ],
    # Two or more named papers side by side.
    "compare": [
        "How does AlphaNet differ from BetaNet?",
        "Compare GammaKD and DeltaKD.",
        "What's the difference between the first and second version?",
        "AlphaNet vs BetaNet: which is better?",
        "How are Foo-1 and Foo-2 related?",
        "Contrast the two summarization papers.",
        "In what ways is Zeta similar to Eta?",
        "what distinguishes Theta from Iota",
    ],
    # How something changed across the years.
    "trend": [
        "How has her research focus changed over the years?",
        "How did his topics evolve over time?",
        "Has their work shifted from language to vision?",
        "What is the trend in her publications over time?",
        "How has his interest in reinforcement learning developed over the years?",
        "Show the trajectory of their research.",
    ],
    # Exact facts from metadata: counts, lists by year or category, people, header numbers.
    "metadata": [
        "How many papers did she publish in 2021?",
        "Which papers came out last year?",
        "What is his h-index?",
        "How many citations does she have?",
        "Who does he collaborate with most?",
        "On which papers is she the first author?",
        "What fraction of their papers have code?",
        "Which of his papers are in computer vision?",
        "What is her most recent paper?",
        "What was his first paper?",
        "List every paper with released code.",
        "Which year was she most productive?",
        "How many papers are not in NLP?",
        "Which papers did they write with Jane Doe?",
        "What category are most of his papers in?",
        "How many papers does the profile list?",
        "Who wrote the AlphaNet paper?",
        "When was BetaNet published?",
    ],
    # The person's life, not the papers: no profile holds this.
    "outside": [
        "How much does she earn?",
        "Where does he live?",
        "Who was her PhD advisor?",
        "Is he married?",
        "What is their email address?",
        "Which university did she graduate from?",
        "How old is he?",
        "What company does she work for now?",
        "What awards has he won?",
        "What is her phone number?",
    ],
}
