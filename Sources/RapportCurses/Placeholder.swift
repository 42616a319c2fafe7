import RapportUI
