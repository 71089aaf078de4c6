#!/usr/bin/env python3
"""Writes src/Inspection.Application/Accounts/common-passwords.txt: passwords people commonly choose.

Made from patterns, not copied from a leaked list: words that top every published survey of chosen passwords
(NCSC's and others' reports name the same few dozen), first names, football clubs, seasons and months, words of
children's services and local government, keyboard walks and digit runs, each alone, doubled, and with the
endings people add (digits, years, '!'). One entry a line, lower case; the policy lower-cases and un-leets what
is typed before it compares. Run: python3 build/make-common-passwords.py
"""
import pathlib

words = """
password passw0rd passwd pass letmein welcome welcome1 admin administrator root user login guest test default
qwerty azerty iloveyou loveyou lovely love trustno1 secret master monkey dragon shadow sunshine princess football
baseball soccer cricket rugby hockey tennis golf superman batman spiderman starwars pokemon minecraft fortnite
freedom whatever nothing hello hello123 hellothere letmein1 changeme change newpassword mypassword yourpassword
computer internet mustang ferrari porsche mercedes chocolate cookie cheese banana orange apple summer winter autumn
spring january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday london manchester liverpool arsenal chelsea tottenham everton newcastle
leeds rangers celtic england scotland wales ireland britain united city killer hunter ranger soldier tigger
charlie michael jennifer jessica ashley daniel thomas george oliver harry jack jacob emily olivia sophie amelia
chloe jordan andrew matthew joshua william james robert david richard joseph charles christopher anthony mark
paul steven kevin brian edward ronald timothy jason jeffrey ryan gary nicholas eric stephen jonathan larry justin
scott brandon benjamin samuel gregory frank alexander patrick raymond jack dennis jerry tyler aaron henry adam
douglas nathan peter zachary kyle walter harold carl arthur gerald roger keith jeremy terry lawrence sean
christian ethan austin joe albert jesse willie billy bryan bruce noah jordan dylan ralph roy alan wayne eugene
juan gabriel louis russell randy vincent philip logan bobby harry johnny mary patricia linda barbara elizabeth
susan margaret sarah karen nancy lisa betty helen sandra donna carol ruth sharon michelle laura kimberly deborah
amy angela melissa brenda anna rebecca virginia kathleen pamela martha debra amanda stephanie carolyn christine
marie janet catherine frances ann joyce diane alice julie heather teresa doris gloria evelyn jean cheryl
mildred katherine joan judith rose janice kelly nicole judy christina kathy theresa beverly denise tammy irene
jane lori rachel marilyn andrea kathryn louise sara anne jacqueline wanda bonnie julia ruby lois tina phyllis
norma paula diana annie lillian emily robin peggy crystal gladys rita dawn connie florence tracy edna tiffany
carmen rosa cindy grace wendy victoria edith kim sherry sylvia josephine thelma shannon sheila ethel ellen elaine
marjorie carrie charlotte monica esther pauline emma juanita anita rhonda hazel amber eva debbie april leslie
clara lucille jamie joanne eleanor valerie danielle megan alicia suzanne michele gail bertha darlene veronica
jill erin geraldine lauren cathy joann lorraine lynn sally regina erica beatrice dolores bernice audrey yvonne
annette june samantha marion dana stacy ana renee ida vivian roberta holly brittany melanie loretta yolanda
jeanette laurie katie kristen vanessa alma sue elsie beth jeanne baby babygirl babyboy angel angels blessed
jesus christ god heaven faith hope family friends friend forever flower flowers butterfly rainbow unicorn
purple yellow green blue black white silver golden diamond crystal pepper ginger buster maggie bailey molly
sophie daisy lucky rocky bella max charlie toby coco lola buddy jasper poppy teddy snoopy garfield scooby
matrix access hacker zaq1zaq1 qazwsx zxcvbnm asdfgh asdfghjkl qwertyuiop poiuytrewq mnbvcxz lkjhgfdsa
council councillor officer manager service services children childrens social socialworker socialwork
safeguarding safeguard inspection inspector inspectors ofsted ilacs send ehcp school schools teacher teachers
education learning nursery academy college student students office office365 outlook microsoft windows
welcomehome homesweethome thankyou pleaseletmein opensesame letmeinnow iloveu ihateyou fuckyou fuckoff
princess1 sweetheart sweetie honey darling sunflower starlight moonlight midnight shadow1 phoenix tigers
eagles lions wolves bulldog panther cowboys yankees lakers raiders steelers packers dolphins chicago dallas
boston texas california florida america american canada australia london1 paris berlin madrid
""".split()

digit_runs = ["123", "1234", "12345", "123456", "1234567", "12345678", "123456789", "1234567890",
              "321", "4321", "54321", "654321", "111", "1111", "000", "007", "01", "1", "12", "2", "69", "99", "100"]
years = [str(y) for y in range(1960, 2031)]
symbols = ["!", "!!", "1!", "123!", "@123", "#1", "?"]

# Every word alone and doubled; the most chosen ones (the first lines above) with the endings people add too. The
# policy also strips digits and symbols from both ends of what is typed, so "welcome2024!" needs no line of its own.
entries = set()
for i, w in enumerate(words):
    w = w.lower()
    entries.add(w)
    entries.add(w * 2)
    if i < 40:
        for suffix in digit_runs + years + symbols:
            entries.add(w + suffix)

for d in "0123456789":
    for n in (12, 13, 14, 15, 16):
        entries.add(d * n)
runs = "1234567890" * 3
for n in range(12, 21):
    for start in range(10):
        entries.add(runs[start:start + n])
        entries.add(runs[start:start + n][::-1])
for pair in ("12", "21", "69", "11", "00", "13", "99", "77", "88", "23", "34", "45"):
    entries.add(pair * 6)
    entries.add(pair * 8)
for triple in ("123", "321", "abc", "xyz", "111", "007", "777", "666", "999", "qwe", "asd", "zxc"):
    entries.add(triple * 4)
    entries.add(triple * 5)
walks = ["qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn", "zaq12wsxcde34rfvbgt5", "qazwsxedcrfvtgbyhnujm",
         "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0", "!qaz@wsx#edc$rfv", "asdfghjkl;'", "zxcvbnm,./",
         "qwertyuiop[]", "1234qwerasdfzxcv", "qwer1234asdf", "abcdefghijklmnopqrstuvwxyz", "azertyuiopqsdfghjklm"]
for walk in walks:
    for n in range(12, min(len(walk), 24) + 1):
        entries.add(walk[:n])
        entries.add(walk[:n][::-1])
phrases = ["correcthorsebatterystaple", "iloveyouforever", "iloveyousomuch", "letmeinplease", "passwordpassword",
           "mypasswordis", "thisismypassword", "changemenow", "changeme123", "welcometothejungle",
           "ilovemyfamily", "ilovemykids", "ilovemydog", "ilovemycat", "ilovemymum", "ilovemywife", "ilovemyhusband",
           "godisgood", "godisgreat", "jesuslovesme", "jesusislord", "nevergiveup", "neversaynever",
           "thequickbrownfox", "thequickbrownfoxjumpsoverthelazydog", "onetwothreefour", "abc123abc123",
           "administrator1", "administrator123", "superadministrator", "qwertyqwerty", "asdfasdfasdf",
           "liverpoolfc", "manchesterunited", "manchestercity", "chelseafc", "arsenalfc", "tottenhamhotspur",
           "happybirthday", "merrychristmas", "summertime", "wintertime", "harrypotter", "hogwarts",
           "starwars123", "princesspeach", "supermario", "blink182", "linkinpark", "rockyou", "letitbe"]
entries.update(phrases)

entries = sorted(e for e in entries if 6 <= len(e) <= 64 and e.isascii())
out = pathlib.Path(__file__).resolve().parent.parent / "src/Inspection.Application/Accounts/common-passwords.txt"
out.write_text("".join(e + "\n" for e in entries), encoding="ascii")
print(f"{len(entries)} entries -> {out}")
