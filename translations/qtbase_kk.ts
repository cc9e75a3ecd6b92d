<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>QShortcut</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>CD</source>
        <translation>CD</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Өту</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Жоғары</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>F%1</source>
        <translation>F%1</translation>
    </message>
    <message>
        <source>DOS</source>
        <translation>DOS</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Қиып алу</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Ins</source>
        <translation>Ins</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Num</source>
        <translation>Num</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Қызыл</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>WWW</source>
        <translation>WWW</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Орнында жоқ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Көк</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Кітап</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Қоңырау шалу</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Төмен</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Табу</translation>
    </message>
    <message>
        <source>Flip</source>
        <translation>Қақпақ</translation>
    </message>
    <message>
        <source>Game</source>
        <translation>Ойын</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Ақпарат</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Солға</translation>
    </message>
    <message>
        <source>Memo</source>
        <translation>Жазбалар</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Жаңалықтар</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>PgUp</source>
        <translation>PgUp</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Ойнату</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Қайталау</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Жіберу</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Дүкен</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыт</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>XFer</source>
        <translation>XFer</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Көрініс</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштабтау</translation>
    </message>
    <message>
        <source>Split Screen</source>
        <translation>Экранды бөлу</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Eject</source>
        <translation>Шығарып алу</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Жасыл</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Нұсқаулық</translation>
    </message>
    <message>
        <source>Kanji</source>
        <translation>Кандзи</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Музыка</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Қою</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Жауап беру</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Оңға</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Ұйқы</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Бос орын</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Құралдар</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Бейне</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>Хирагана</translation>
    </message>
    <message>
        <source>Wireless</source>
        <translation>Сымсыз желі</translation>
    </message>
    <message>
        <source>Media Record</source>
        <translation>Жазуды бастау</translation>
    </message>
    <message>
        <source>Media Rewind</source>
        <translation>Артқа айналдыру</translation>
    </message>
    <message>
        <source>Multiple Candidate</source>
        <translation>Бірнеше нұсқа</translation>
    </message>
    <message>
        <source>Zenkaku</source>
        <translation>Дзенкаку</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Экран суреті</translation>
    </message>
    <message>
        <source>Audio Repeat</source>
        <translation>Қайталап ойнату</translation>
    </message>
    <message>
        <source>Toggle Call/Hangup</source>
        <translation>Қоңырау шалу/тұтқаны қою</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Camera Shutter</source>
        <translation>Камера жапқышы</translation>
    </message>
    <message>
        <source>Ultra Wide Band</source>
        <translation>Аса кең жолақты байланыс</translation>
    </message>
    <message>
        <source>Hangul Special</source>
        <translation>Хангыль арнайы</translation>
    </message>
    <message>
        <source>Treble Down</source>
        <translation>Жоғары жиіліктерді азайту</translation>
    </message>
    <message>
        <source>Scroll Lock</source>
        <translation>Айналдыруды бекіту</translation>
    </message>
    <message>
        <source>Media Pause</source>
        <translation>Ойнатуды кідірту</translation>
    </message>
    <message>
        <source>Word Processor</source>
        <translation>Мәтін өңдегіш</translation>
    </message>
    <message>
        <source>Volume Down</source>
        <translation>Дыбысты азайту</translation>
    </message>
    <message>
        <source>Volume Mute</source>
        <translation>Дыбысты өшіру</translation>
    </message>
    <message>
        <source>Kana Shift</source>
        <translation>Кана Shift</translation>
    </message>
    <message>
        <source>Media Previous</source>
        <translation>Алдыңғысын ойнату</translation>
    </message>
    <message>
        <source>Home Page</source>
        <translation>Басты бет</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Кездесу</translation>
    </message>
    <message>
        <source>Touchpad Off</source>
        <translation>Сенсорлық тақтаны өшіру</translation>
    </message>
    <message>
        <source>Volume Up</source>
        <translation>Дыбысты арттыру</translation>
    </message>
    <message>
        <source>Menu PB</source>
        <translation>Мәзір батырмасы</translation>
    </message>
    <message>
        <source>Keyboard Brightness Up</source>
        <translation>Пернетақта жарықтығын арттыру</translation>
    </message>
    <message>
        <source>Hangul PostHanja</source>
        <translation>Хангыль постханча</translation>
    </message>
    <message>
        <source>Kana Lock</source>
        <translation>Кана Lock</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Қауымдастық</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Launch (6)</source>
        <translation>Іске қосу (6)</translation>
    </message>
    <message>
        <source>Launch (7)</source>
        <translation>Іске қосу (7)</translation>
    </message>
    <message>
        <source>Launch (8)</source>
        <translation>Іске қосу (8)</translation>
    </message>
    <message>
        <source>Launch (9)</source>
        <translation>Іске қосу (9)</translation>
    </message>
    <message>
        <source>Launch (2)</source>
        <translation>Іске қосу (2)</translation>
    </message>
    <message>
        <source>Launch (3)</source>
        <translation>Іске қосу (3)</translation>
    </message>
    <message>
        <source>Launch (4)</source>
        <translation>Іске қосу (4)</translation>
    </message>
    <message>
        <source>Launch (5)</source>
        <translation>Іске қосу (5)</translation>
    </message>
    <message>
        <source>Launch (0)</source>
        <translation>Іске қосу (0)</translation>
    </message>
    <message>
        <source>Launch (1)</source>
        <translation>Іске қосу (1)</translation>
    </message>
    <message>
        <source>Launch (F)</source>
        <translation>Іске қосу (F)</translation>
    </message>
    <message>
        <source>Launch (G)</source>
        <translation>Іске қосу (G)</translation>
    </message>
    <message>
        <source>Launch (H)</source>
        <translation>Іске қосу (H)</translation>
    </message>
    <message>
        <source>Launch (B)</source>
        <translation>Іске қосу (B)</translation>
    </message>
    <message>
        <source>Launch (C)</source>
        <translation>Іске қосу (C)</translation>
    </message>
    <message>
        <source>Launch (D)</source>
        <translation>Іске қосу (D)</translation>
    </message>
    <message>
        <source>Launch (E)</source>
        <translation>Іске қосу (E)</translation>
    </message>
    <message>
        <source>Launch (A)</source>
        <translation>Іске қосу (A)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Escape</translation>
    </message>
    <message>
        <source>Audio Random Play</source>
        <translation>Кездейсоқ ойнату</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>Хангыль</translation>
    </message>
    <message>
        <source>Hangup</source>
        <translation>Тұтқаны қою</translation>
    </message>
    <message>
        <source>Henkan</source>
        <translation>Хенкан</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Кірістіру</translation>
    </message>
    <message>
        <source>Home Office</source>
        <translation>Үй кеңсесі</translation>
    </message>
    <message>
        <source>Last Number Redial</source>
        <translation>Соңғы нөмірді қайта теру</translation>
    </message>
    <message>
        <source>Logoff</source>
        <translation>Жүйеден шығу</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Нарық</translation>
    </message>
    <message>
        <source>Massyo</source>
        <translation>Массё</translation>
    </message>
    <message>
        <source>Bass Boost</source>
        <translation>Төмен жиіліктерді күшейту</translation>
    </message>
    <message>
        <source>Channel Up</source>
        <translation>Келесі арна</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>PgDown</source>
        <translation>PgDown</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Adjust contrast</source>
        <translation>Контрастты реттеу</translation>
    </message>
    <message>
        <source>Romaji</source>
        <translation>Ромадзи</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Таңдау</translation>
    </message>
    <message>
        <source>SysReq</source>
        <translation>SysReq</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Саяхат</translation>
    </message>
    <message>
        <source>NumLock</source>
        <translation>NumLock</translation>
    </message>
    <message>
        <source>WebCam</source>
        <translation>Веб-камера</translation>
    </message>
    <message>
        <source>Hiragana Katakana</source>
        <translation>Хирагана-катакана</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Сары</translation>
    </message>
    <message>
        <source>Top Menu</source>
        <translation>Басты мәзір</translation>
    </message>
    <message>
        <source>ScrollLock</source>
        <translation>ScrollLock</translation>
    </message>
    <message>
        <source>Hot Links</source>
        <translation>Жылдам сілтемелер</translation>
    </message>
    <message>
        <source>Audio Cycle Track</source>
        <translation>Тректі қайталап ойнату</translation>
    </message>
    <message>
        <source>Context1</source>
        <translation>Контекст1</translation>
    </message>
    <message>
        <source>Context2</source>
        <translation>Контекст2</translation>
    </message>
    <message>
        <source>Context3</source>
        <translation>Контекст3</translation>
    </message>
    <message>
        <source>Context4</source>
        <translation>Контекст4</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Бет жоғары</translation>
    </message>
    <message>
        <source>Open URL</source>
        <translation>URL ашу</translation>
    </message>
    <message>
        <source>iTouch</source>
        <translation>iTouch</translation>
    </message>
    <message>
        <source>Previous Candidate</source>
        <translation>Алдыңғы нұсқа</translation>
    </message>
    <message>
        <source>Toggle Media Play/Pause</source>
        <translation>Ойнату/кідірту</translation>
    </message>
    <message>
        <source>Caps Lock</source>
        <translation>Бас әріп режимі</translation>
    </message>
    <message>
        <source>Eisu Shift</source>
        <translation>Эйсу Shift</translation>
    </message>
    <message>
        <source>Code input</source>
        <translation>Код енгізу</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Camera Focus</source>
        <translation>Камераны фокустау</translation>
    </message>
    <message>
        <source>Adjust Brightness</source>
        <translation>Жарықтықты реттеу</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Электрондық кесте</translation>
    </message>
    <message>
        <source>Eisu toggle</source>
        <translation>Эйсу қосу/өшіру</translation>
    </message>
    <message>
        <source>Keyboard Brightness Down</source>
        <translation>Пернетақта жарықтығын азайту</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <source>Clear Grab</source>
        <translation>Ұстауды босату</translation>
    </message>
    <message>
        <source>Monitor Brightness Up</source>
        <translation>Монитор жарықтығын арттыру</translation>
    </message>
    <message>
        <source>System Request</source>
        <translation>Жүйелік сұрау</translation>
    </message>
    <message>
        <source>Microphone Volume Up</source>
        <translation>Микрофон дыбысын арттыру</translation>
    </message>
    <message>
        <source>CapsLock</source>
        <translation>CapsLock</translation>
    </message>
    <message>
        <source>Backtab</source>
        <translation>Backtab</translation>
    </message>
    <message>
        <source>Bass Up</source>
        <translation>Төмен жиіліктерді арттыру</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Батарея</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>Катакана</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Жаңарту</translation>
    </message>
    <message>
        <source>Hibernate</source>
        <translation>Терең ұйқы</translation>
    </message>
    <message>
        <source>Application Left</source>
        <translation>Сол жақ бағдарламалық батырма</translation>
    </message>
    <message>
        <source>Voice Dial</source>
        <translation>Дауыспен теру</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Браузер</translation>
    </message>
    <message>
        <source>Keyboard Menu</source>
        <translation>Пернетақта мәзірі</translation>
    </message>
    <message>
        <source>Back Forward</source>
        <translation>Артқа/алға</translation>
    </message>
    <message>
        <source>Launch Mail</source>
        <translation>Пошта</translation>
    </message>
    <message>
        <source>Keyboard Light On/Off</source>
        <translation>Пернетақта жарығын қосу/өшіру</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Bass Down</source>
        <translation>Төмен жиіліктерді азайту</translation>
    </message>
    <message>
        <source>Mail Forward</source>
        <translation>Хатты қайта жіберу</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Hangul Banja</source>
        <translation>Хангыль банча</translation>
    </message>
    <message>
        <source>Hangul Hanja</source>
        <translation>Хангыль ханча</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>Күту режимі</translation>
    </message>
    <message>
        <source>Hangul Start</source>
        <translation>Хангыль басы</translation>
    </message>
    <message>
        <source>Rotation KB</source>
        <translation>Экранды бұру</translation>
    </message>
    <message>
        <source>Rotation PB</source>
        <translation>Бұру батырмасы</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Calculator</source>
        <translation>Калькулятор</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Қолдау</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Тоқтата тұру</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Дисплей</translation>
    </message>
    <message>
        <source>Hangul Romaja</source>
        <translation>Хангыль ромаджа</translation>
    </message>
    <message>
        <source>To-do list</source>
        <translation>Істер тізімі</translation>
    </message>
    <message>
        <source>My Sites</source>
        <translation>Менің сайттарым</translation>
    </message>
    <message>
        <source>Rotate Windows</source>
        <translation>Терезелерді бұру</translation>
    </message>
    <message>
        <source>Touroku</source>
        <translation>Туроку</translation>
    </message>
    <message>
        <source>Zenkaku Hankaku</source>
        <translation>Дзенкаку Ханкаку</translation>
    </message>
    <message>
        <source>Hangul Jeonja</source>
        <translation>Хангыль чонча</translation>
    </message>
    <message>
        <source>Treble Up</source>
        <translation>Жоғары жиіліктерді арттыру</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Субтитрлер</translation>
    </message>
    <message>
        <source>Hangul Jamo</source>
        <translation>Хангыль чамо</translation>
    </message>
    <message>
        <source>Bluetooth</source>
        <translation>Bluetooth</translation>
    </message>
    <message>
        <source>Muhenkan</source>
        <translation>Мухенкан</translation>
    </message>
    <message>
        <source>Num Lock</source>
        <translation>Сандық пернелер</translation>
    </message>
    <message>
        <source>Screensaver</source>
        <translation>Экран сақтағышы</translation>
    </message>
    <message>
        <source>Number Lock</source>
        <translation>Сандық пернелер</translation>
    </message>
    <message>
        <source>Power Down</source>
        <translation>Қуатты өшіру</translation>
    </message>
    <message>
        <source>Spellchecker</source>
        <translation>Емлені тексеру</translation>
    </message>
    <message>
        <source>Hangul PreHanja</source>
        <translation>Хангыль преханча</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Терминал</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Add Favorite</source>
        <translation>Таңдаулыларға қосу</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Орындау</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Қаржы</translation>
    </message>
    <message>
        <source>Microphone Volume Down</source>
        <translation>Микрофон дыбысын азайту</translation>
    </message>
    <message>
        <source>Task Panel</source>
        <translation>Тапсырмалар тақтасы</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Таңдаулылар</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Бет төмен</translation>
    </message>
    <message>
        <source>Wake Up</source>
        <translation>Ояту</translation>
    </message>
    <message>
        <source>Power Off</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>LightBulb</source>
        <translation>Шам</translation>
    </message>
    <message>
        <source>Touchpad Toggle</source>
        <translation>Сенсорлық тақтаны қосу/өшіру</translation>
    </message>
    <message>
        <source>Hankaku</source>
        <translation>Ханкаку</translation>
    </message>
    <message>
        <source>Media Fast Forward</source>
        <translation>Алға жылдам айналдыру</translation>
    </message>
    <message>
        <source>Hangul End</source>
        <translation>Хангыль соңы</translation>
    </message>
    <message>
        <source>Monitor Brightness Down</source>
        <translation>Монитор жарықтығын азайту</translation>
    </message>
    <message>
        <source>Microphone Mute</source>
        <translation>Микрофонды өшіру</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <source>Media Play</source>
        <translation>Ойнатуды бастау</translation>
    </message>
    <message>
        <source>Media Stop</source>
        <translation>Ойнатуды тоқтату</translation>
    </message>
    <message>
        <source>Media Next</source>
        <translation>Келесісін ойнату</translation>
    </message>
    <message>
        <source>Touchpad On</source>
        <translation>Сенсорлық тақтаны қосу</translation>
    </message>
    <message>
        <source>Channel Down</source>
        <translation>Алдыңғы арна</translation>
    </message>
    <message>
        <source>Launch Media</source>
        <translation>Ойнатқыш</translation>
    </message>
    <message>
        <source>Application Right</source>
        <translation>Оң жақ бағдарламалық батырма</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Суреттер</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <source>in</source>
        <translation>дюйм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>P̸</source>
        <translation>P̸</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>төменгі өріс</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Қағаз</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Қағаз көзі:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>оң жақ өріс</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Өрістер</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Пайдаланушылық</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Бетті орналастыру</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ені:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Бағдар</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Беттер реті:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>жоғарғы өріс</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>сол жақ өріс</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Бет өлшемі:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Төңкерілген кітаптық</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметр (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункт (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Парақтағы беттер саны:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюйм (дюйм)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Төңкерілген альбомдық</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Биіктігі:</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Жоқ</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Иә</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Қолдану</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Тастау</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Қайталап көру</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Бастапқы мәндерді қайтару</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Елемеу</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Барлығына &amp;жоқ</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Барлығын сақтау</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Барлығына &amp;иә</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Жұп беттер</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметрлер &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметрлер &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Солдан оңға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Оңнан солға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>PDF файлын жазу</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Басып шығару</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
        <translation>«Парақтағы беттер саны» және «Беттер жиыны» параметрлерін бірге қолдануға болмайды.
Олардың бірін өшіріңіз.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 бұрыннан бар.
Оны қайта жазу керек пе?</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Солдан оңға, төменнен жоғарыға</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Тақ беттер</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Жергілікті файл</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Екі жақты басып шығару баптауларында қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Файлға басып шығару (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Файлға басып шығару ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Беттер қате көрсетілген</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 синтаксисі дұрыс емес. Беттер мен ауқымдарды бөлу үшін «,» таңбасын, ауқымдарды көрсету үшін «-» таңбасын қолданыңыз және ауқымдардың бір-бірімен қиылыспайтынына көз жеткізіңіз.</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Оңнан солға, жоғарыдан төменге</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Төменнен жоғарыға, солдан оңға</translation>
    </message>
    <message>
        <source>The 'From' value cannot be greater than the 'To' value.</source>
        <translation>Бастапқы бет нөмірі соңғы бет нөмірінен үлкен бола алмайды.</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Барлық беттер</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Екі жақты басып шығару баптауларындағы қайшылықтар</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 — бума.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 файлына жазу мүмкін емес.
Басқа файл атауын таңдаңыз.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Төменнен жоғарыға, оңнан солға</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Жоғарыдан төменге, солдан оңға</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Жоғарыдан төменге, оңнан солға</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Өшірулі</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Түсті</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Ағымдағы бет</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Таңдалған бөлік</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Көшірмелер</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Басып шығару ауқымы</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Түс режимі</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметрлер</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Шығару баптаулары</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Кері ретпен</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Сұр реңктер</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Көшірмелер бойынша жинау</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Көшірмелер саны:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Қысқа жиегі бойынша түптеу</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Беттерді немесе ауқымдарды үтір арқылы көрсетіңіз. Ауқым дефиспен бөлінген екі санмен беріледі. Мысалы: 3,5-7,9 деп көрсетілсе, 3, 5, 6, 7 және 9-беттер басып шығарылады.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Беттер</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Екі жақты басып шығару</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Беттер жиыны:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Ұзын жиегі бойынша түптеу</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Бетті толық сыйдыру</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Үлкейту</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомдық</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Кішірейту</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша сыйдыру</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Кітаптық</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Бет параметрлері</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Барлық беттерді шолу</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Бірінші бет</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Соңғы бет</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Бір бетті көрсету</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Екі бетті қатар көрсету</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Шығыс &amp;файлы:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Қасиеттер</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Алдын ала қарау</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Орналасуы:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>Соңында:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Титулдық беттер</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Түнде (18:00 – 05:59)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Белгілі бір уақытта</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Төлем ақпараты:</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Жоспарланған басып шығару:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Өте құпия</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Аса маңызды</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Басында:</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Күндіз (06:00 – 17:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Екінші ауысымда (16:00 – 23:59)</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Тапсырманы басқару</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Демалыс күндері (сенбі – жексенбі)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартты</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Қолжетімділігі шектеулі</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Үшінші ауысымда (00:00 – 07:59)</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Мерзімсіз кідірту</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Дереу басып шығару</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Тапсырма басымдығы:</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Қолжетімділігі шектелмеген</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Артқа</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ашу</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлдар</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Көрсету </translation>
    </message>
    <message>
        <source>'%1' is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» жазудан қорғалған.
Бәрібір оны жою керек пе?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>«%1» шынымен жойылсын ба?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Орындар мен бетбелгілер тізімі</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Файл &amp;атауы:</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файл бумасы</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Жаңа бума</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Аталық бума</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Жаңа бума</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Қарау орны:</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 файлы</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Файл түрлері:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Буманы табу</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;Жасырын файлдарды көрсету</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Басқаша сақтау</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Бума табылмады.
Бума атауының дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Бүйірлік панель</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Тізім</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Таңдау</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Бумалар</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Атын өзгерту</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Буманы жою мүмкін болмады.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Бума:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 бұрыннан бар.
Оны ауыстыру керек пе?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Алға</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Алға өту</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Аталық бумаға өту</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Соңғы орындар</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Артқа өту</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Толық көрініс режиміне ауысу</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Жаңа бума жасау</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Толық көрініс</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл табылмады.
Файл атауының дұрыс көрсетілгенін тексеріңіз.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Тізім режиміне ауысу</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Қиып алу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Көшіру</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Қ&amp;айталау</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Болдырмау</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Қ&amp;ою</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Барлығын таңдау</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Сілтеме адресін көшіру</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Пішін</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Кейбір параметрлерде қайшылықтар бар. Оларды түзетіңіз.</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Қосымша</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Өлшемі</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Менің компьютерім</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Файл атауы жарамсыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name "%1" cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атауын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқарақ немесе тыныс белгілері жоқ басқа атауды қолданып көріңіз.</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Өзгертілген күні</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Қосымша параметрлердегі қайшылықтар</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Тапсырма параметрлері</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Бет параметрлеріндегі қайшылықтар</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Кейбір қосымша параметрлерде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Бет параметрлерінде қайшылықтар бар. Оларды түзету керек пе?</translation>
    </message>
    <message>
        <source>Printer Properties</source>
        <translation>Принтер қасиеттері</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What's This?</source>
        <translation>Бұл не?</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Мәліметтерді көрсету...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Qt туралы</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Мәліметтерді жасыру...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Qt туралы&lt;/h3&gt;&lt;p&gt;Бұл бағдарлама Qt %1 нұсқасын пайдаланады.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href="http://%2/"&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href="http://%3/"&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt — кросс-платформалық қолданбалар әзірлеуге арналған C++ құралдар жинағы.&lt;/p&gt;&lt;p&gt;Qt бір бастапқы кодтан барлық негізгі жұмыс үстелі операциялық жүйелеріне тасымалдануды қамтамасыз етеді. Ол сондай-ақ ендірілген Linux және басқа да ендірілген және мобильді операциялық жүйелер үшін қолжетімді.&lt;/p&gt;&lt;p&gt;Qt әртүрлі пайдаланушыларымыздың қажеттіліктерін ескеретін бірнеше лицензиялау нұсқасы бойынша қолжетімді.&lt;/p&gt;&lt;p&gt;Біздің коммерциялық лицензиялық келісімімізге сәйкес лицензияланған Qt бастапқы кодты үшінші тараптармен бөліскіңіз келмейтін немесе GNU (L)GPL шарттарын өзге себептермен орындай алмайтын жағдайда меншікті/коммерциялық бағдарламалық жасақтама әзірлеуге жарамды.&lt;/p&gt;&lt;p&gt;GNU (L)GPL бойынша лицензияланған Qt тиісті лицензиялардың талаптары мен шарттарын орындай алған жағдайда Qt&amp;nbsp;қолданбаларын әзірлеуге жарамды.&lt;/p&gt;&lt;p&gt;Qt лицензиялау туралы шолуды &lt;a href="http://%2/"&gt;%2&lt;/a&gt; сайтынан қараңыз.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd және басқа үлес қосушылар.&lt;/p&gt;&lt;p&gt;Qt және Qt логотипі — The Qt Company Ltd компаниясының сауда белгілері.&lt;/p&gt;&lt;p&gt;Qt — ашық бастапқы кодты жоба ретінде әзірленген The Qt Company Ltd өнімі. Толығырақ ақпаратты &lt;a href="http://%3/"&gt;%3&lt;/a&gt; сайтынан қараңыз.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>Step &amp;down</source>
        <translation>Бір қадам &amp;төмен</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Бір қадам &amp;жоғары</translation>
    </message>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Барлығын таңдау</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Мәнді енгізіңіз:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
</context>
</TS>
