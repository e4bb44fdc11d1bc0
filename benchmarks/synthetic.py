"""A synthetic biomedical corpus for the benchmark: review-like Markdown with front matter.

Sentences are drawn from templates and a vocabulary of genes, cargoes, cells, drugs and
methods, so BM25 and the embedding model see realistic term statistics. Deterministic for
a given seed. Each section holds 125-150 words, which the chunker (80 words a passage)
cuts into two passages, now and then three: ``passages`` maps to ``passages / (2 * SECTIONS)``
documents, and the index reports the exact count.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SECTIONS = 10

GENES = [
    "EGFR",
    "KRAS",
    "ALK",
    "ROS1",
    "MET",
    "HER2",
    "BRAF",
    "TP53",
    "STK11",
    "KEAP1",
    "PTEN",
    "PIK3CA",
    "AKT1",
    "MTOR",
    "STAT3",
    "NF-κB",
    "HIF-1α",
    "VEGFA",
    "TGF-β1",
    "SMAD4",
    "YAP1",
    "CD44",
    "SOX2",
    "ZEB1",
    "SNAIL",
    "CDH1",
    "VIM",
    "MMP9",
    "IL-6",
    "CXCL12",
    "CXCR4",
    "PD-L1",
    "CTLA-4",
    "LAG3",
    "TIM-3",
    "ABCB1",
    "ABCG2",
    "BCL2",
    "MCL1",
    "GPX4",
    "SLC7A11",
    "NRF2",
    "RANKL",
    "OPG",
]
CARGOES = (
    "miR-21",
    "miR-155",
    "miR-214",
    "miR-222-3p",
    "miR-1246",
    "miR-210",
    "lncRNA MALAT1",
    "lncRNA H19",
    "lncRNA HOTAIR",
    "circRNA circ_0008717",
    "PD-L1 protein",
    "Wnt5a",
    "annexin A2",
    "HSP70",
    "integrin α6β4",
    "amphiregulin",
    "TGF-β",
    "mitochondrial DNA",
)
CELLS = (
    "tumour-associated macrophages",
    "cancer-associated fibroblasts",
    "mesenchymal stem cells",
    "osteoclasts",
    "regulatory T cells",
    "natural killer cells",
    "dendritic cells",
    "endothelial cells",
    "myeloid-derived suppressor cells",
    "cisplatin-resistant A549 cells",
    "gefitinib-resistant PC9 cells",
    "H1975 cells",
)
DISEASES = (
    "non-small cell lung cancer",
    "NSCLC",
    "small cell lung cancer",
    "lung adenocarcinoma",
    "squamous cell carcinoma",
    "breast cancer",
    "colorectal cancer",
    "hepatocellular carcinoma",
    "glioblastoma",
    "pancreatic ductal adenocarcinoma",
    "bone metastasis",
    "brain metastasis",
)
PROCESSES = (
    "epithelial-mesenchymal transition",
    "angiogenesis",
    "apoptosis",
    "autophagy",
    "ferroptosis",
    "immune evasion",
    "osteolytic bone destruction",
    "pre-metastatic niche formation",
    "drug efflux",
    "cancer stemness",
    "M2 macrophage polarisation",
    "T cell exhaustion",
    "DNA damage repair",
    "glycolytic reprogramming",
)
DRUGS = (
    "osimertinib",
    "gefitinib",
    "erlotinib",
    "afatinib",
    "crizotinib",
    "alectinib",
    "cisplatin",
    "carboplatin",
    "docetaxel",
    "pemetrexed",
    "paclitaxel",
    "pembrolizumab",
    "nivolumab",
    "atezolizumab",
    "durvalumab",
    "bevacizumab",
    "denosumab",
)
METHODS = (
    "Nanoparticle tracking analysis",
    "Transmission electron microscopy",
    "Western blotting",
    "Flow cytometry",
    "RNA sequencing",
    "Quantitative RT-PCR",
    "Proteomic profiling",
    "Single-cell sequencing",
    "A dual-luciferase reporter assay",
    "Immunohistochemistry",
)
EFFECTS = (
    "promoted",
    "suppressed",
    "enhanced",
    "attenuated",
    "reversed",
    "accelerated",
    "was required for",
    "was associated with",
)
HEADINGS = (
    "Introduction",
    "Biogenesis and cargo of exosomes",
    "Exosomes in {drug} resistance",
    "Exosomal {cargo} and {process}",
    "The tumour microenvironment",
    "Immune checkpoint inhibitor resistance",
    "{cell} as a source of exosomes",
    "Exosomes as liquid biopsy biomarkers",
    "Therapeutic targeting of {gene}",
    "Clinical trials and outlook",
    "Methods of exosome isolation",
    "Limitations",
)
TEMPLATES = (
    "Exosomal {cargo} derived from {cell} {effect} {process} in {disease} through the "
    "{gene}/{gene2} axis.",
    "In a cohort of {n} patients with {disease}, high serum levels of exosomal {cargo} were "
    "associated with shorter progression-free survival (HR {hr}, 95% CI {lo}-{hi}).",
    "{method} showed that {cell} released vesicles of {size} nm in diameter enriched in "
    "{cargo} and {gene}.",
    "Knockdown of {gene} restored sensitivity to {drug} in {disease} cell lines and reduced "
    "{process} in mouse xenograft models.",
    "Targeting {gene} signalling may therefore overcome resistance to {drug}, although "
    "prospective trials in {disease} are still required.",
    "Exosomes transferred {cargo} from {cell} to recipient tumour cells, where it silenced "
    "{gene} and {effect} {process}.",
    "Resistance to {drug} arises through secondary mutations in {gene}, activation of bypass "
    "pathways such as {gene2}, and {process}.",
    "{method} of plasma exosomes from {n} patients identified {cargo} as a predictor of "
    "response to {drug} with an area under the curve of {auc}.",
    "Inhibition of exosome secretion with GW4869 {effect} {process} and lowered {gene} "
    "expression by {pct}% in {cell}.",
    "Compared with healthy controls, patients with {disease} carried {fold}-fold more "
    "exosomal {cargo} in peripheral blood.",
    "Because exosomes cross biological barriers, they have been engineered to deliver "
    "siRNA against {gene} together with {drug}.",
    "The combination of {drug} and {drug2} {effect} tumour growth when exosomal {cargo} was "
    "blocked, suggesting a synergistic effect.",
)
QUESTIONS = (
    "Which exosomal cargo promotes {process} in {disease}?",
    "How does {gene} contribute to resistance to {drug}?",
    "What did {method} show about vesicles released by {cell}?",
    "Is exosomal {cargo} associated with progression-free survival in {disease}?",
    "Does knockdown of {gene} restore sensitivity to {drug}?",
    "What is the role of {cell} in {process}?",
    "Can exosomes deliver siRNA against {gene}?",
    "Which biomarker predicts response to {drug}?",
)
FAMILY = "Wang Li Zhang Liu Chen Yang Huang Smith Müller García Rossi Kim Sato Dubois Novak"
GIVEN = "Wei Min Jing Hao Anna Paul Maria Luca Yuki Jan Sofia Omar Elena Chen Ravi"
JOURNALS = (
    "Frontiers in Oncology",
    "Journal of Extracellular Vesicles",
    "Molecular Cancer",
    "Cancers",
    "Cell Communication and Signaling",
    "Journal of Hematology & Oncology",
)


def write_corpus(folder: Path, passages: int, seed: int = 7) -> int:
    """Write about ``passages`` passages' worth of documents to ``folder``; the doc count."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    documents = max(1, round(passages / (2 * SECTIONS)))
    for number in range(documents):
        doc_id = f"synth-{number:06d}"
        (folder / f"{doc_id}.md").write_text(_document(rng, doc_id), encoding="utf-8")
    return documents


def questions(count: int, seed: int = 11) -> list[str]:
    """Questions in the corpus's vocabulary, plus a few it cannot answer."""
    rng = random.Random(seed)
    asked = [rng.choice(QUESTIONS).format(**_slots(rng)) for _ in range(count - 2)]
    return [*asked, "What is the boiling point of ethanol?", "Who won the 1998 World Cup?"]


def _document(rng: random.Random, doc_id: str) -> str:
    slots = _slots(rng)
    title = (
        f"Exosomal {slots['cargo']} and {slots['process']} in {slots['disease']}: "
        f"implications for {slots['drug']} resistance"
    )
    authors = [f"{rng.choice(GIVEN.split())} {rng.choice(FAMILY.split())}" for _ in range(4)]
    year = rng.randint(2016, 2025)
    front = "\n".join(
        [
            "---",
            f"id: {doc_id}",
            f"title: {json.dumps(title, ensure_ascii=False)}",
            f"authors: {json.dumps(authors, ensure_ascii=False)}",
            f"journal: {json.dumps(rng.choice(JOURNALS))}",
            f"date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"doi: 10.5555/{doc_id}",
            "---",
        ]
    )
    lines = [front, "", f"# {title}", ""]
    for heading in rng.sample(HEADINGS, SECTIONS):
        lines += [f"## {heading.format(**_slots(rng))}", "", _paragraph(rng), ""]
    return "\n".join(lines)


def _paragraph(rng: random.Random) -> str:
    sentences: list[str] = []
    words = 0
    while words < 125:
        sentence = rng.choice(TEMPLATES).format(**_slots(rng))
        if words + len(sentence.split()) > 150:
            continue
        sentences.append(sentence)
        words += len(sentence.split())
    return " ".join(sentences)


def _slots(rng: random.Random) -> dict[str, str]:
    low = rng.uniform(0.3, 0.9)
    return {
        "gene": rng.choice(GENES),
        "gene2": rng.choice(GENES),
        "cargo": rng.choice(CARGOES),
        "cell": rng.choice(CELLS),
        "disease": rng.choice(DISEASES),
        "process": rng.choice(PROCESSES),
        "drug": rng.choice(DRUGS),
        "drug2": rng.choice(DRUGS),
        "method": rng.choice(METHODS),
        "effect": rng.choice(EFFECTS),
        "n": str(rng.randint(24, 640)),
        "hr": f"{rng.uniform(1.2, 3.4):.2f}",
        "lo": f"{low + 0.5:.2f}",
        "hi": f"{low + 2.8:.2f}",
        "size": str(rng.randint(40, 160)),
        "auc": f"0.{rng.randint(62, 94)}",
        "pct": str(rng.randint(20, 80)),
        "fold": f"{rng.uniform(1.5, 6.0):.1f}",
    }
