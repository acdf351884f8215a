"""Given names: the evidence that a short capitalised line (``Stefan Loibl``, ``Jessica DeFino``)
is a person, where nothing else on the page says so (no "By", no author markup).

Common given names of the languages news is written in (English, German, French, Spanish,
Portuguese, Italian, Dutch, the Scandinavian languages, Polish, Czech, Hungarian, Turkish,
Greek, Russian and Ukrainian transliterated, Arabic, Persian, Indian, Indonesian, Chinese,
Japanese and Korean romanised), lower case. A title-case phrase of a menu or a headline
(``Movie Trailers``, ``Today's Paper``, ``Große Aufgaben``) rarely opens with one.
"""

from __future__ import annotations

__all__ = ["is_given_name"]

_TEXT = """
aaron abby abdul abdullah abel abigail abraham ada adam adela adelaide adele adeline adil aditi aditya adolf
adrian adriana adrien agata agatha agathe agnes agnieszka agustin agustina ahmad ahmed aida aidan aileen aimee
ainhoa aisha aitor akira alain alan alana albert alberta alberto albrecht alec alejandra alejandro aleksander
aleksandra alessandra alessandro alessia alex alexa alexander alexandra alexandre alexandru alexei alexis alfie
alfons alfonso alfred alfredo ali alice alicia alina aline alisha alison alissa alistair allan allison alma
alois alva alvaro amalia amanda amber amelia amelie amir amit amy ana anabel anastasia anatoli anders andi
andre andrea andreas andrei andres andrew andrzej andy aneta angel angela angelica angelika angelina angelo
angus anika anita anja ann anna annabel annabelle annalena anne annegret anneke annett annette annie annika
anselm anthony antje antoine anton antonia antonio antonin anu anuj april ariane arianna ariel arjun arlette
arman armin arnaud arne arnold aron arthur artur arturo arvid asa asha ashley ashok ashwin asif asja astrid
atul audrey august augusta augustin aurelia aurelie aurora austin ava avery axel ayesha aylin ayse ayşe
barbara barbora barry bart bartosz basil bastian bea beata beate beatrice beatriz beatrix becky belen
belinda ben bence benedict benedikt benjamin benno bernadette bernard bernardo bernd bernhard bert berta
bertrand beth bethany betty bettina bianca bilal bill birgit birte bjorn björn blake blanca bob bogdan
boris brad bradley brandon brenda brendan brett brian bridget brigitte britta brittany bronwyn bruce bruno
bryan burak cameron camila camille candice cara carina carl carla carles carlo carlos carmen carol carola
carole caroline carolyn carsten casey caspar cassandra catalina caterina catherine cathy cecile cecilia
cedric celia celine cem cesar chad chantal charles charlie charlotte chen cheng cheryl chiara chloe chris
christa christian christiane christina christine christoph christophe christopher chuck cindy claire clara
clare clarissa claudia claudio claus clemens clement cody colin connor conor constance constantin cora
corinna corinne cornelia cornelius craig cristian cristina curtis cynthia dagmar dag daisy dale dalia damian
damien dan dana daniel daniela daniele danielle danny dante daria dario darius darren dave david davide dawn
dean debbie deborah declan deepak deirdre denis denise dennis derek desiree detlef devin diana diane diego
dieter dietmar dimitri dimitris dina dirk dmitri dmitry dolores dominic dominik dominika dominique don donald
donna dora doris dorothea dorothee dorothy doug douglas drew duncan dustin dylan ebba ed eddie edgar edith
edmund edoardo eduard eduardo edward edwin eileen eka ekaterina elaine elena eleni eleanor elena eli elias
elif elin elisa elisabet elisabeth elisabetta elise eliza elizabeth elke ella ellen ellie elliot elliott
eloise elsa else elvira emil emilia emilie emilio emily emma emmanuel emmanuelle emre enrico enrique enzo
eric erica erik erika erin ernest ernesto ernst esra esteban estelle esther ethan etienne eugen eugene eugenia
eva evan evangelos eve evelyn evelyne ewa ezra fabian fabienne fabio fabrice fahad faisal farah fatima fatma
federica federico felipe felix ferdinand fernanda fernando filip filipa filippo finn fiona flavia flavio
florence florian francesca francesco francis francisca francisco franck francois françoise frank franz
franziska fred freddie frederic frederick frederik freya frida friedrich fritz gabi gabriel gabriela
gabriele gabrielle gareth gary gavin gemma geneviève genevieve georg george georges georgia georgina gerald
gerard gerardo gerd gerda gerhard gert gianluca gianni gil gilbert gilles gina giorgia giorgio giovanna
giovanni gisela giulia giulio giuseppe gladys glen glenn gloria gordon grace graham grant greg gregor
gregory greta gretchen guido guillaume guillermo gunnar gunter günter günther gustav gustavo guy hamid
hana hanna hannah hannes hans hanna harald hari harold harriet harry hasan hassan hauke hayley heather hector
hedwig heidi heike heiko heinrich heinz helen helena helene helga helmut hendrik henning henri henrik henrike
henry herbert herman hermann hilde hildegard hiroshi holger holly horst howard hubert hugh hugo huw ian
ida ignacio igor ilona ilse imke imogen ina ines inés inga inge ingo ingrid irene irina iris irma isaac
isabel isabell isabella isabelle ismail ivan ivana ivo jack jackie jacob jacqueline jacques jade jaime
jakob jakub james jamie jan jana jane janet janina janine janne jannik jaroslav jasmin jasmine jason javier
jay jayden jean jeanette jeanne jeff jeffrey jelena jennifer jenny jens jeremy jerome jerzy jesper jess
jesse jessica jesus jill jim jimmy jo joachim joan joana joanna joao joaquin jochen jodie joe joel joerg
johan johanna johannes john jon jonas jonathan jordan jordi jorge jörg jose josef josefine joseph josephine
josh joshua josie josé joy joyce juan juana judith judy jule jules julia julian juliana julie julien juliet
julio julius june jurgen jürgen justin justine jutta kai kamal kamil karen karin karina karl karla karol
karolina karoline kasia kaspar kate katharina katherine kathleen kathrin kathryn katie katja katrin
katrina kay kazuki keith kelly ken kenneth kenji kerstin kevin khaled kim kimberly kirsten klara klaus
konrad konstantin kristian kristin kristina kurt kyle lara larissa lars laura laurence laurent lauren
lea leah lee leila lena lennart leo leon leona leonard leonardo leonie leopold lew lewis lia liam lidia
lili lilian liliana lily lina linda lindsay lindsey lisa lise liv livia liz liza lluis lois lola lorenz
lorenzo loretta lori lorraine lotte louis louisa louise luc luca lucas lucia luciana lucie lucy ludwig
luis luisa luka lukas lukasz luke luna lutz lydia lynn madeleine madison magda magdalena maggie magnus
mahmoud maik maja malte manfred manon manuel manuela marc marcel marcela marcello marcin marco marcos
marcus mareike margaret margarete margarita margot mari maria mariana marianne marie mariel marina mario
marion marisa marius mark markus marlene marta martha martin martina marty marvin mary maryam mateo
mathias mathilde matilda matt matteo matthew matthias mattia maurice mauricio mauro max maxim maxime
maximilian maya megan mehmet melanie melinda melissa mercedes meryem mia michael michaela michał michel
michele michelle miguel mika mike mikhail milan milena miriam mirjam mohamed mohammad mohammed moira mona
monica monika morgan moritz muhammad murat nadia nadine nancy naomi natalia natalie natascha nathalie
nathan nathaniel neil nelson nicholas nick nicklas niclas nico nicola nicolas nicole niels nik nikita
niklas nikolai nikolaus nils nina noah noel noemi nora norbert norman ole oleg olga oliver olivia olivier
omar oscar oskar otto owen pablo paige pamela paola paolo pascal pascale patricia patrick patrik paul paula
paulina pauline pavel pawel pedro peggy per peter petra philip philipp philippe phillip phoebe pia piero
pierre pietro piotr pola priya rachel rafael rafal raffaele rahul rainer raj rajesh ralf ralph ramon
randy raphael raquel raul ray raymond rebecca regina reinhard reinhold renate rene renee ricardo riccardo
richard rick rico rita rob robert roberta roberto robin rocio roger roland rolf roman romain ron ronald
ronja rosa rosalie rose rosemary ross ruben rudolf rudy rupert russell ruth ryan sabine sabrina sacha sam
samantha sami samuel sandra sandro sanjay sara sarah sascha saskia scott sean sebastian sebastien selin
selma serena sergei sergey sergio seth shane shannon sharon shawn sheila shirley sibylle sidney sigrid
silke silvia simon simona simone sina sofia sofie sonia sonja sophia sophie stacy stan stanislav stefan
stefanie stefano steffen steffi stella stephan stephane stephanie stephen steve steven stuart sue susan
susanne suzanne svea sven svenja sylvia sylvie tamara tania tanja tanya tara ted teresa terry tess thea
theo theresa therese thierry thilo thomas thorsten tiago till tilman tim timo timothy tina tobias tom
tomas tomasz toni tony torsten tracy travis tristan troy tyler udo ulf ulla ulrich ulrike uma ursula ute
uwe valentin valentina valeria valerie vanessa vera veronica veronika vicente victor victoria viktor
vincent vincenzo viola violeta virginia vivian vladimir walter wanda warren wayne wendy werner wiebke
wilhelm will william willy wim winfried wojciech wolfgang xavier yann yannick yasmin yusuf yvonne zach
zachary zoe zoé zofia
abdel abdelaziz ahmet akash amina amira anand anjali ankit arash arif ayman aziz bao carlota chandra
deniz dong emine erdem farid farida fatemeh fei feng gul hakan hamza hao hina hiroko hong hui hyun imran
ji jia jian jie jin jing jun kaito kenta kumar lan lei li lin ling liu mei min ming mustafa nam naoki
naveen neha nguyen ning nobuko omer ozan pooja ravi reza rohan sakura sana sara seo seung shin shu sunil
suresh takashi tao tariq tuan vikram vivek wei wen xiao xin yan yang yasin yi ying yong yoshi yu yuki
yusuke zainab zeynep zhang zhi
"""

GIVEN_NAMES: frozenset[str] = frozenset(_TEXT.split())


def is_given_name(word: str) -> bool:
    """``Stefan``, ``JESSICA``, ``Zoé``: a common given name, any case."""
    return word.lower().strip(".,'’") in GIVEN_NAMES
