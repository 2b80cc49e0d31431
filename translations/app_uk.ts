<?xml version='1.0' encoding='UTF-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AlternativesPanel</name>
    <message>
        <source>Select a Russian or Ukrainian cell to see its machine translation and alternatives.</source>
        <translation>Виберіть російську або українську клітинку, щоб побачити її машинний переклад і варіанти.</translation>
    </message>
    <message>
        <source>No machine translation yet for this %1 cell. Use Tools &gt; Translate document.</source>
        <translation>Для цієї клітинки (%1) машинного перекладу ще немає. Виберіть «Інструменти &gt; Перекласти документ».</translation>
    </message>
    <message numerus="yes">
        <source>%1: machine translation and %n alternative(s)</source>
        <translation>
            <numerusform>%1: машинний переклад і %n варіант</numerusform>
            <numerusform>%1: машинний переклад і %n варіанти</numerusform>
            <numerusform>%1: машинний переклад і %n варіантів</numerusform>
        </translation>
    </message>
    <message>
        <source>via %1 (pivot)</source>
        <translation>через мову-посередника: %1</translation>
    </message>
    <message>
        <source>No direct model for this pair was installed: the text was translated through another language.</source>
        <translation>Прямої моделі для цієї пари немає: текст перекладено через іншу мову.</translation>
    </message>
    <message>
        <source>Machine translation (%1): %2</source>
        <translation>Машинний переклад (%1): %2</translation>
    </message>
    <message>
        <source>%3. (%1): %2</source>
        <translation>%3. (%1): %2</translation>
    </message>
    <message>
        <source>Put this text into the cell (%1)</source>
        <translation>Вставити цей текст у клітинку (%1)</translation>
    </message>
    <message>
        <source>Computing the alternatives of this cell…</source>
        <translation>Добираються варіанти для цієї клітинки…</translation>
    </message>
    <message>
        <source>The cell already has this text.</source>
        <translation>У клітинці вже цей текст.</translation>
    </message>
    <message>
        <source>Inserted alternative %1.</source>
        <translation>Вставлено варіант %1.</translation>
    </message>
    <message>
        <source>Machine translation put back.</source>
        <translation>Машинний переклад повернуто.</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Варіанти</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Unexpected error</source>
        <translation>Неочікувана помилка</translation>
    </message>
    <message>
        <source>Review Desk hit an unexpected error. Your decisions so far are saved. Details are in the log file:
%1</source>
        <translation>У Review Desk сталася неочікувана помилка. Усі ваші рішення збережено. Подробиці в журналі:
%1</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Не вдалося створити приклад проєкту</translation>
    </message>
</context>
<context>
    <name>ApproveSpellingDialog</name>
    <message>
        <source>Approve spelling</source>
        <translation>Затвердити написання</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>KMU 2010</source>
        <translation>КМУ 2010</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <source>Also record “%1” as deprecated (suggesting “%2”)</source>
        <translation>Також записати «%1» як нерекомендоване (із заміною на «%2»)</translation>
    </message>
    <message>
        <source>“%1” (%2) is already in glossary concept #%3 (%4) as %5.</source>
        <translation>«%1» (%2) уже є в понятті глосарію №%3 (%4) зі статусом %5.</translation>
    </message>
</context>
<context>
    <name>ConcordanceDialog</name>
    <message>
        <source>Concordance</source>
        <translation>Конкорданс</translation>
    </message>
    <message>
        <source>A word or phrase in English, Russian or Ukrainian (any form: Київ finds Києві)</source>
        <translation>Слово або фраза англійською, російською чи українською (у будь-якій формі: «Київ» знайде «Києві»)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Знайти</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) found</source>
        <translation>
            <numerusform>Знайдено %n одиницю</numerusform>
            <numerusform>Знайдено %n одиниці</numerusform>
            <numerusform>Знайдено %n одиниць</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search English, Russian and Ukrainian text…</source>
        <translation>Пошук в англійському, російському та українському тексті…</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Будь-який статус</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Будь-яка мова</translation>
    </message>
    <message numerus="yes">
        <source>%n matching segment(s)</source>
        <translation>
            <numerusform>%n відповідний сегмент</numerusform>
            <numerusform>%n відповідні сегменти</numerusform>
            <numerusform>%n відповідних сегментів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingFilters</name>
    <message>
        <source>Any finding</source>
        <translation>Будь-яке зауваження</translation>
    </message>
    <message>
        <source>Any name</source>
        <translation>Будь-яке ім'я</translation>
    </message>
</context>
<context>
    <name>FindingNavigator</name>
    <message>
        <source>Next finding</source>
        <translation>Наступна знахідка</translation>
    </message>
    <message>
        <source>Previous finding</source>
        <translation>Попередня знахідка</translation>
    </message>
    <message>
        <source>No findings in this document.</source>
        <translation>У документі немає знахідок.</translation>
    </message>
    <message>
        <source>Continued from the other end.</source>
        <translation>Продовжено з іншого кінця.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>preferred</source>
        <translation>бажаний</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>допустимий</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>нерекомендований</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>заборонений</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>організація</translation>
    </message>
    <message>
        <source>other</source>
        <translation>інше</translation>
    </message>
</context>
<context>
    <name>GlossaryFileActions</name>
    <message>
        <source>Export glossary…</source>
        <extracomment>The project glossary changed (an import or a merge into it was applied).</extracomment>
        <translation>Експорт глосарію…</translation>
    </message>
    <message>
        <source>Import glossary…</source>
        <translation>Імпорт глосарію…</translation>
    </message>
    <message>
        <source>Merge from my user glossary…</source>
        <translation>Об'єднати з моїм особистим глосарієм (у проєкт)…</translation>
    </message>
    <message>
        <source>Merge into my user glossary…</source>
        <translation>Перенести в мій особистий глосарій…</translation>
    </message>
    <message>
        <source>TBX, TBX-Basic (*.tbx)</source>
        <translation>TBX, TBX-Basic (*.tbx)</translation>
    </message>
    <message>
        <source>TBX v2 (MARTIF), for OmegaT and translate-toolkit (*.tbx)</source>
        <translation>TBX v2 (MARTIF), для OmegaT і translate-toolkit (*.tbx)</translation>
    </message>
    <message>
        <source>CSV for Excel, with byte-order mark (*.csv)</source>
        <translation>CSV для Excel, з міткою порядку байтів (*.csv)</translation>
    </message>
    <message>
        <source>CSV, plain UTF-8 for scripts (*.csv)</source>
        <translation>CSV, простий UTF-8 для скриптів (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>TMX 1.4b, approved translations (*.tmx)</source>
        <translation>TMX 1.4b, затверджені переклади (*.tmx)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Russian (*.xlf)</source>
        <translation>XLIFF 2.0, російська (*.xlf)</translation>
    </message>
    <message>
        <source>XLIFF 2.0, Ukrainian (*.xlf)</source>
        <translation>XLIFF 2.0, українська (*.xlf)</translation>
    </message>
    <message>
        <source>Export glossary</source>
        <translation>Експорт глосарію</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n item(s) to %1</source>
        <translation>
            <numerusform>Записано %n елемент у %1</numerusform>
            <numerusform>Записано %n елементи у %1</numerusform>
            <numerusform>Записано %n елементів у %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the CSV (export TBX or JSON to keep them): %1.</source>
        <translation>Не ввійшло до CSV (щоб зберегти, експортуйте в TBX або JSON): %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Експорт не вдався</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Експорт у %1…</translation>
    </message>
    <message>
        <source>Import glossary</source>
        <translation>Імпорт глосарію</translation>
    </message>
    <message>
        <source>Glossaries (*.tbx *.xml *.csv *.json);;All files (*)</source>
        <translation>Глосарії (*.tbx *.xml *.csv *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Merge from my user glossary</source>
        <translation>Об'єднання з особистим глосарієм</translation>
    </message>
    <message>
        <source>Merge into my user glossary</source>
        <translation>Перенесення в особистий глосарій</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <source>Glossary merged: %1 new, %2 updated.</source>
        <translation>Глосарій об'єднано: нових — %1, оновлено — %2.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <source>Writing the glossary…</source>
        <translation>Запис глосарію…</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <source>Search terms…</source>
        <translation>Пошук термінів…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі типи</translation>
    </message>
    <message>
        <source>Add concept…</source>
        <translation>Додати поняття…</translation>
    </message>
    <message>
        <source>Delete concept</source>
        <translation>Видалити поняття</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Add concept</source>
        <translation>Додати поняття</translation>
    </message>
    <message>
        <source>English term (preferred):</source>
        <translation>Англійський термін (бажаний):</translation>
    </message>
    <message>
        <source>Delete “%1” and all its terms from the glossary?</source>
        <translation>Видалити «%1» з усіма термінами з глосарію?</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Глосарій</translation>
    </message>
</context>
<context>
    <name>GlossaryTableModel</name>
    <message>
        <source>Kind</source>
        <extracomment>A change could not be written; the argument is a message for the editor. The glossary changed (an edit, an addition, a deletion).</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>A concept needs at least one term; delete the concept instead.</source>
        <translation>Поняття має мати хоча б один термін; видаліть поняття цілком.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>English</source>
        <translation>Англійська</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Російська</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Українська</translation>
    </message>
</context>
<context>
    <name>MTSettingsDialog</name>
    <message>
        <source>Machine translation</source>
        <translation>Машинний переклад</translation>
    </message>
    <message>
        <source>Argos (offline, on this computer)</source>
        <translation>Argos (без інтернету, на цьому комп’ютері)</translation>
    </message>
    <message>
        <source>LibreTranslate server</source>
        <translation>Сервер LibreTranslate</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;Рушій:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адреса сервера:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Ключ API:</translation>
    </message>
    <message>
        <source>&amp;Alternatives per segment:</source>
        <translation>&amp;Варіантів на сегмент:</translation>
    </message>
    <message>
        <source>In the &amp;window:</source>
        <translation>У &amp;вікні:</translation>
    </message>
    <message>
        <source>Draft only (fastest, no alternatives)</source>
        <translation>Лише чернетка (найшвидше, без варіантів)</translation>
    </message>
    <message>
        <source>Draft, then refine with beam search</source>
        <translation>Чернетка, потім уточнення променевим пошуком</translation>
    </message>
    <message>
        <source>Beam search only</source>
        <translation>Лише променевий пошук</translation>
    </message>
    <message>
        <source>Use a CUDA &amp;GPU when there is one</source>
        <translation>Використовувати &amp;GPU CUDA, якщо він є</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Перевірити з’єднання</translation>
    </message>
    <message>
        <source>The key is stored in the system keyring, never in the settings file.</source>
        <translation>Ключ зберігається в системному сховищі паролів, а не у файлі налаштувань.</translation>
    </message>
    <message>
        <source>No system keyring is available: the key is kept for this session only.</source>
        <translation>Системного сховища паролів немає: ключ збережеться лише до кінця цього сеансу.</translation>
    </message>
    <message>
        <source>Enter the server's address, for example http://127.0.0.1:5000.</source>
        <translation>Введіть адресу сервера, наприклад http://127.0.0.1:5000.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Запит до %1…</translation>
    </message>
    <message numerus="yes">
        <source>The server answers and offers %n language(s): %1</source>
        <translation>
            <numerusform>Сервер відповідає і пропонує %n мову: %1</numerusform>
            <numerusform>Сервер відповідає і пропонує %n мови: %1</numerusform>
            <numerusform>Сервер відповідає і пропонує %n мов: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The test failed: %1</source>
        <translation>Перевірка не вдалася: %1</translation>
    </message>
    <message>
        <source>&amp;Machine translation…</source>
        <translation>&amp;Машинний переклад…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Інструменти</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>no project</source>
        <translation>немає проєкту</translation>
    </message>
    <message>
        <source>%1 — Review Desk</source>
        <translation>%1 — Review Desk</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) added from %1</source>
        <translation>
            <numerusform>%n сегмент додано з %1</numerusform>
            <numerusform>%n сегменти додано з %1</numerusform>
            <numerusform>%n сегментів додано з %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchesPanel</name>
    <message>
        <source>The translation memory could not be read: %1</source>
        <translation>Не вдалося прочитати пам'ять перекладів: %1</translation>
    </message>
    <message>
        <source>this project's memory</source>
        <translation>пам'ять цього проєкту</translation>
    </message>
    <message>
        <source>shared memory</source>
        <translation>спільна пам'ять</translation>
    </message>
    <message>
        <source>Name replaced through the glossary: %1 → %2 (%3 → %4)</source>
        <translation>Ім'я замінено за глосарієм: %1 → %2 (%3 → %4)</translation>
    </message>
    <message>
        <source>Name left as it is: %1 → %2 needs both names in the glossary with Russian and Ukrainian terms</source>
        <translation>Ім'я залишено як є: для заміни %1 → %2 обидва імені мають бути в глосарії з російськими та українськими термінами</translation>
    </message>
    <message>
        <source>Name left as it is: %3 is not in this translation</source>
        <translation>Ім'я залишено як є: у цьому перекладі немає «%3»</translation>
    </message>
    <message>
        <source>Name left as it is: %4 cannot be put safely in the case of %3 here</source>
        <translation>Ім'я залишено як є: «%4» не можна надійно поставити у відмінок, у якому тут стоїть «%3»</translation>
    </message>
    <message>
        <source>Select a Russian or Ukrainian cell to see matches from the translation memory.</source>
        <translation>Виберіть російську або українську клітинку, щоб побачити збіги з пам'яті перекладів.</translation>
    </message>
    <message>
        <source>Searching the translation memory…</source>
        <translation>Пошук у пам'яті перекладів…</translation>
    </message>
    <message>
        <source>No matches in the translation memory for this %1 cell.</source>
        <translation>У пам'яті перекладів немає збігів для цієї клітинки (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n match(es) from the translation memory</source>
        <translation>
            <numerusform>%1: %n збіг з пам'яті перекладів</numerusform>
            <numerusform>%1: %n збіги з пам'яті перекладів</numerusform>
            <numerusform>%1: %n збігів з пам'яті перекладів</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert memory match %1</source>
        <translation>Вставити збіг %1 з пам'яті</translation>
    </message>
    <message>
        <source>Remove from memory…</source>
        <translation>Видалити з пам'яті…</translation>
    </message>
    <message>
        <source>Delete this translation from the project's and the shared memory (recorded in the history)</source>
        <translation>Видалити цей переклад із пам'яті проєкту та спільної пам'яті (запис в історії)</translation>
    </message>
    <message>
        <source>Insert (%1)</source>
        <translation>Вставити (%1)</translation>
    </message>
    <message>
        <source>Put this translation into the cell (%1)</source>
        <translation>Вставити цей переклад у клітинку (%1)</translation>
    </message>
    <message>
        <source>The cell already has this text.</source>
        <translation>У клітинці вже цей текст.</translation>
    </message>
    <message>
        <source>Inserted memory match %1 (%2%).</source>
        <translation>Вставлено збіг %1 з пам'яті (%2%).</translation>
    </message>
    <message>
        <source>Remove from memory</source>
        <translation>Видалення з пам'яті</translation>
    </message>
    <message>
        <source>Delete this translation from the project's and the shared memory?</source>
        <translation>Видалити цей переклад із пам'яті проєкту та спільної пам'яті?</translation>
    </message>
    <message>
        <source>Removed from the translation memory.</source>
        <translation>Видалено з пам'яті перекладів.</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Збіги</translation>
    </message>
</context>
<context>
    <name>MemoryTools</name>
    <message>
        <source>Import translation memory</source>
        <extracomment>An import ended: the report (app.memory.tmx_import.ImportReport). An export ended: the number of units written. A pre-translation from memory ended: the number of cells filled.</extracomment>
        <translation>Імпорт пам'яті перекладів</translation>
    </message>
    <message>
        <source>Translation memories (*.tmx);;All files (*)</source>
        <translation>Пам'яті перекладів (*.tmx);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import %1 into this project's memory, or into your memory shared by all projects?</source>
        <translation>Імпортувати %1 до пам'яті цього проєкту чи до вашої спільної пам'яті для всіх проєктів?</translation>
    </message>
    <message>
        <source>This project</source>
        <translation>Цей проєкт</translation>
    </message>
    <message>
        <source>All my projects</source>
        <translation>Усі мої проєкти</translation>
    </message>
    <message>
        <source>Export translation memory</source>
        <translation>Експорт пам'яті перекладів</translation>
    </message>
    <message>
        <source>Export this project's memory, or your memory shared by all projects?</source>
        <translation>Експортувати пам'ять цього проєкту чи вашу спільну пам'ять для всіх проєктів?</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Експортовано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation>
            <numerusform>%n одиницю записано до %1</numerusform>
            <numerusform>%n одиниці записано до %1</numerusform>
            <numerusform>%n одиниць записано до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Експорт %1…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Не імпортовано</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) added</source>
        <translation>
            <numerusform>Додано %n одиницю</numerusform>
            <numerusform>Додано %n одиниці</numerusform>
            <numerusform>Додано %n одиниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) updated</source>
        <translation>
            <numerusform>Оновлено %n одиницю</numerusform>
            <numerusform>Оновлено %n одиниці</numerusform>
            <numerusform>Оновлено %n одиниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) skipped</source>
        <translation>
            <numerusform>Пропущено %n одиницю</numerusform>
            <numerusform>Пропущено %n одиниці</numerusform>
            <numerusform>Пропущено %n одиниць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without Russian or Ukrainian (%1)</source>
        <translation>
            <numerusform>%n одиниця без російської чи української (%1)</numerusform>
            <numerusform>%n одиниці без російської чи української (%1)</numerusform>
            <numerusform>%n одиниць без російської чи української (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without English</source>
        <translation>
            <numerusform>%n одиниця без англійської</numerusform>
            <numerusform>%n одиниці без англійської</numerusform>
            <numerusform>%n одиниць без англійської</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Імпортовано: %1</translation>
    </message>
    <message>
        <source>Pre-translated from memory</source>
        <translation>Попередній переклад із пам'яті виконано</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) filled from the translation memory</source>
        <translation>
            <numerusform>Заповнено %n клітинку з пам'яті перекладів</numerusform>
            <numerusform>Заповнено %n клітинки з пам'яті перекладів</numerusform>
            <numerusform>Заповнено %n клітинок з пам'яті перекладів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not pre-translated</source>
        <translation>Попередній переклад не виконано</translation>
    </message>
    <message>
        <source>Pre-translating from the translation memory…</source>
        <translation>Попередній переклад із пам'яті перекладів…</translation>
    </message>
<message><source>Export translation memory (TMX)…</source><translation>Експорт пам'яті перекладів (TMX)…</translation></message><message><source>Pre-translate from memory</source><translation>Попередній переклад із пам'яті</translation></message><message><source>Concordance…</source><translation>Конкорданс…</translation></message><message><source>Import translation memory (TMX)…</source><translation>Імпорт пам'яті перекладів (TMX)…</translation></message></context>
<context>
    <name>MergeReportDialog</name>
    <message numerus="yes">
        <source>%n new concept(s)</source>
        <extracomment>The editor asked to plan again with extra preferred terms demoted to admitted.</extracomment>
        <translation>
            <numerusform>%n нове поняття</numerusform>
            <numerusform>%n нові поняття</numerusform>
            <numerusform>%n нових понять</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicting (not imported)</source>
        <translation>
            <numerusform>%n у конфлікті (не імпортується)</numerusform>
            <numerusform>%n у конфлікті (не імпортуються)</numerusform>
            <numerusform>%n у конфлікті (не імпортуються)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
            <numerusform>%n без змін</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>З %1: %2.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Import with extra preferred terms admitted…</source>
        <translation>Імпортувати, зробивши зайві бажані терміни допустимими…</translation>
    </message>
    <message>
        <source>Conflicting concepts are not imported; fix them in the file or the glossary and import again.</source>
        <translation>Конфліктні поняття не імпортуються; виправте їх у файлі або в глосарії та імпортуйте знову.</translation>
    </message>
    <message>
        <source>Nothing has been written yet.</source>
        <translation>Поки нічого не записано.</translation>
    </message>
    <message>
        <source>Skipped languages other than en/ru/uk: %1</source>
        <translation>Пропущено мови, крім en/ru/uk: %1</translation>
    </message>
    <message>
        <source>Kept beside the terms: %1</source>
        <translation>Збережено крім термінів: %1</translation>
    </message>
    <message>
        <source>Not kept (the glossary has no place for them): %1</source>
        <translation>Не збережено (у глосарії для цього немає місця): %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Попередження: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>нове: %1</translation>
    </message>
    <message>
        <source>updated: %1: %2</source>
        <translation>оновлено: %1: %2</translation>
    </message>
    <message>
        <source>conflicting: %1: %2</source>
        <translation>конфлікт: %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelManagerDialog</name>
    <message>
        <source>Translation models</source>
        <translation>Моделі перекладу</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Мови</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версія</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>&amp;Install from file…</source>
        <translation>&amp;Встановити з файлу…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>Download from the Argos index:</source>
        <translation>Завантажити з каталогу Argos:</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Завантажити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Install a translation model</source>
        <translation>Встановлення моделі перекладу</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Моделі Argos (*.argosmodel);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Installing %1…</source>
        <translation>Встановлення %1…</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Видалення моделі</translation>
    </message>
    <message>
        <source>Remove the %1 model (version %2)? Translating into that language needs a model again afterwards.</source>
        <translation>Видалити модель %1 (версія %2)? Для перекладу цією мовою потім знову знадобиться модель.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Модель %1 видалено.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Завантаження %1…</translation>
    </message>
    <message>
        <source>Installed %1 (version %2).</source>
        <translation>Встановлено модель %1 (версія %2).</translation>
    </message>
    <message>
        <source>The download was cancelled; nothing was installed.</source>
        <translation>Завантаження скасовано; нічого не встановлено.</translation>
    </message>
    <message>
        <source>Cannot reach the model index (are you offline?): install a downloaded .argosmodel file with “Install from file…” instead.</source>
        <translation>Каталог моделей недоступний (немає інтернету?): встановіть завантажений файл .argosmodel кнопкою «Встановити з файлу…».</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Не вдалося: %1</translation>
    </message>
    <message>
        <source>Translation &amp;models…</source>
        <translation>&amp;Моделі перекладу…</translation>
    </message>
</context>
<context>
    <name>ModelSetupStrip</name>
    <message>
        <source>No translation model is installed yet. Review Desk needs %1 to fill the grid; download them from the Argos index, or install .argosmodel files you have.</source>
        <translation>Моделі перекладу ще не встановлено. Щоб заповнити таблицю, Review Desk потрібні %1: завантажте їх із каталогу Argos або встановіть наявні файли .argosmodel.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Ще бракує: %1.</translation>
    </message>
    <message>
        <source>&amp;Install %1</source>
        <translation>&amp;Встановити %1</translation>
    </message>
    <message>
        <source>From &amp;files…</source>
        <translation>З &amp;файлів…</translation>
    </message>
    <message>
        <source>Looking up %1 in the model index…</source>
        <translation>Пошук %1 у каталозі моделей…</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Завантаження: %1…</translation>
    </message>
    <message>
        <source>%1 — file %2 of %3</source>
        <translation>%1 — файл %2 з %3</translation>
    </message>
    <message>
        <source>Installed %1.</source>
        <translation>Встановлено: %1.</translation>
    </message>
    <message>
        <source>Install translation models</source>
        <translation>Встановлення моделей перекладу</translation>
    </message>
    <message>
        <source>Argos models (*.argosmodel);;All files (*)</source>
        <translation>Моделі Argos (*.argosmodel);;Усі файли (*)</translation>
    </message>
    <message numerus="yes">
        <source>Installing %n model(s)…</source>
        <translation>
            <numerusform>Встановлення %n моделі…</numerusform>
            <numerusform>Встановлення %n моделей…</numerusform>
            <numerusform>Встановлення %n моделей…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NameCheckController</name>
    <message>
        <source>Checking names…</source>
        <extracomment>The first check waits this long after a project opens, so the window paints first (the worker's start-up competes for the interpreter lock). A name was chosen in a panel: {"en"/"ru"/"uk": spelling} (the romanization panel shows it). Someone changed the glossary (approval, glossary panel, import): panels reload, names are checked again.</extracomment>
        <translation>Перевірка імен…</translation>
    </message>
    <message>
        <source>The names check failed: %1</source>
        <translation>Перевірка імен не вдалася: %1</translation>
    </message>
</context>
<context>
    <name>NameConcepts</name>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>glossary</source>
        <translation>глосарій</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
</context>
<context>
    <name>NameConceptsModel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n згадка</numerusform>
            <numerusform>%n згадки</numerusform>
            <numerusform>%n згадок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n позначка</numerusform>
            <numerusform>%n позначки</numerusform>
            <numerusform>%n позначок</numerusform>
        </translation>
    </message>
    <message>
        <source>Dictionary form: %1</source>
        <translation>Словникова форма: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Згадки</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Позначки</translation>
    </message>
</context>
<context>
    <name>NameFlags</name>
    <message>
        <source>error</source>
        <translation>помилка</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>попередження</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примітка</translation>
    </message>
    <message>
        <source>Russian-derived spelling</source>
        <translation>Написання за російською назвою</translation>
    </message>
    <message>
        <source>Another romanization</source>
        <translation>Інша транслітерація</translation>
    </message>
    <message>
        <source>Inflected or short form</source>
        <translation>Відмінкова або скорочена форма</translation>
    </message>
    <message>
        <source>Spelled two ways</source>
        <translation>Написано по-різному</translation>
    </message>
    <message>
        <source>Name missing in translation</source>
        <translation>Ім'я пропущено в перекладі</translation>
    </message>
    <message>
        <source>Name changed in translation</source>
        <translation>Ім'я спотворено в перекладі</translation>
    </message>
    <message>
        <source>Other language's form</source>
        <translation>Форма іншої мови</translation>
    </message>
    <message>
        <source>Deprecated in the glossary</source>
        <translation>Не рекомендується глосарієм</translation>
    </message>
    <message>
        <source>Forbidden by the glossary</source>
        <translation>Заборонено глосарієм</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>NameReasons</name>
    <message>
        <source>%1 romanizes the Russian name %2; %3 in the official Ukrainian system (KMU 2010) is %4.</source>
        <translation>%1 — латинізація російської назви %2; %3 в офіційній українській системі (КМУ 2010) — %4.</translation>
    </message>
    <message>
        <source>%1 is the Russian-derived English name of %2 (%3 in Ukrainian); the official Ukrainian romanization (KMU 2010) is %2.</source>
        <translation>%1 — англійська назва %2, утворена від російської (%3 українською); офіційна українська латинізація (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 is the Russian-derived English name of %2 (%3 in Ukrainian, %4 in Russian); the official Ukrainian romanization (KMU 2010) is %2.</source>
        <translation>%1 — англійська назва %2, утворена від російської (%3 українською, %4 російською); офіційна українська латинізація (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 is another romanization of the Ukrainian name %2; the official Ukrainian system (KMU 2010) gives %3.</source>
        <translation>%1 — інша латинізація української назви %2; офіційна українська система (КМУ 2010) дає %3.</translation>
    </message>
    <message>
        <source>%1 is a former name of several places in Ukraine, now %2; the text does not say which one, so check the place before replacing the name.</source>
        <translation>%1 — колишня назва кількох населених пунктів України, тепер %2; текст не уточнює, якого саме, тож перевірте місце, перш ніж замінювати назву.</translation>
    </message>
    <message>
        <source>%1 is a former name (until %2) of %3; the place is now officially %4, %3 in the official Ukrainian system (KMU 2010).</source>
        <translation>%1 — колишня назва (до %2) населеного пункту %3; тепер він офіційно називається %4, в офіційній українській системі (КМУ 2010) — %3.</translation>
    </message>
    <message>
        <source>%1 is a former name (no longer official) of %2; the place is now officially %3, %2 in the official Ukrainian system (KMU 2010).</source>
        <translation>%1 — колишня (вже не офіційна) назва населеного пункту %2; тепер він офіційно називається %3, в офіційній українській системі (КМУ 2010) — %2.</translation>
    </message>
    <message>
        <source>%1 marks letters the official Ukrainian system (KMU 2010) does not mark (soft sign, diacritics); %2 is %3.</source>
        <translation>%1 передає знаки, яких офіційна українська система (КМУ 2010) не передає (м'який знак, діакритику); %2 — це %3.</translation>
    </message>
    <message>
        <source>%1 is part of the name %2; organisations and works keep their registered or published names.</source>
        <translation>%1 — частина назви «%2»; організації та твори зберігають зареєстровані або опубліковані назви.</translation>
    </message>
    <message>
        <source>%1 is inside a quotation, which keeps the speaker's spelling.</source>
        <translation>%1 стоїть усередині цитати, у якій зберігається написання мовця.</translation>
    </message>
    <message>
        <source>%1 is cited as the former name in a text about the renaming.</source>
        <translation>%1 згадано як колишню назву в тексті про перейменування.</translation>
    </message>
    <message>
        <source>The place itself is %1 in the official Ukrainian system (KMU 2010).</source>
        <translation>Саме місце в офіційній українській системі (КМУ 2010) — %1.</translation>
    </message>
    <message>
        <source>%1 and %2 name the same place in this text; use one spelling (%2 is the canonical or most used one).</source>
        <translation>%1 і %2 у цьому тексті позначають одне місце; використовуйте одне написання (%2 — канонічне або найчастіше).</translation>
    </message>
    <message>
        <source>This text also writes %1.</source>
        <translation>У цьому тексті також написано %1.</translation>
    </message>
    <message>
        <source>This text spells the same person two ways: %1 here, %2 once elsewhere. Use one spelling (the person's own, if known).</source>
        <translation>У цьому тексті одну й ту саму людину написано двома способами: тут %1, деінде один раз %2. Використовуйте одне написання (власне написання людини, якщо воно відоме).</translation>
    </message>
    <message>
        <source>This text spells the same person two ways: %1 here, %2 %3 times elsewhere. Use one spelling (the person's own, if known).</source>
        <translation>У цьому тексті одну й ту саму людину написано двома способами: тут %1, деінде %2 (%3 раз). Використовуйте одне написання (власне написання людини, якщо воно відоме).</translation>
    </message>
    <message>
        <source>%1 and %2 both romanize the Ukrainian name %3: %1 follows %4, %2 is the official Ukrainian system (KMU 2010). Keep the spelling this person uses; the editor decides.</source>
        <translation>%1 і %2 — обидві латинізації українського імені %3: %1 відповідає системі %4, %2 — офіційній українській системі (КМУ 2010). Збережіть написання, яким користується сама людина; вирішує редактор.</translation>
    </message>
    <message>
        <source>%1 and %2 both romanize the Ukrainian name %3: %1 is a common English spelling, %2 is the official Ukrainian system (KMU 2010). Keep the spelling this person uses; the editor decides.</source>
        <translation>%1 і %2 — обидві латинізації українського імені %3: %1 — поширене англійське написання, %2 — офіційна українська система (КМУ 2010). Збережіть написання, яким користується сама людина; вирішує редактор.</translation>
    </message>
    <message>
        <source>%1 is the Russian vocative (the form used to address someone) of %2 (%3 -&gt; %4); English uses the nominative %2.</source>
        <translation>%1 — російська клична форма (форма звертання) імені %2 (%3 -&gt; %4); в англійській використовується називний відмінок %2.</translation>
    </message>
    <message>
        <source>%1 is the Ukrainian vocative (the form used to address someone) of %2 (%3 -&gt; %4); English uses the nominative %2.</source>
        <translation>%1 — українська клична форма (форма звертання) імені %2 (%3 -&gt; %4); в англійській використовується називний відмінок %2.</translation>
    </message>
    <message>
        <source>%1 looks like a Russian case form of the surname %2, which this text also uses for the same person; English uses the nominative %2. If %1 is a woman's surname, keep it.</source>
        <translation>%1 схоже на російську відмінкову форму прізвища %2, яке цей текст теж використовує для тієї самої людини; в англійській використовується називний відмінок %2. Якщо %1 — жіноче прізвище, залиште його.</translation>
    </message>
    <message>
        <source>%1 looks like a Russian case form of %2, which this text also writes; English uses the nominative %2.</source>
        <translation>%1 схоже на російську відмінкову форму назви %2, яку цей текст теж використовує; в англійській використовується називний відмінок %2.</translation>
    </message>
    <message>
        <source>The glossary forbids %1. %3</source>
        <translation>Глосарій забороняє %1. %3</translation>
    </message>
    <message>
        <source>The glossary forbids %1; use %2. %3</source>
        <translation>Глосарій забороняє %1; використовуйте %2. %3</translation>
    </message>
    <message>
        <source>The glossary marks as deprecated %1. %3</source>
        <translation>Глосарій позначає %1 як застаріле. %3</translation>
    </message>
    <message>
        <source>The glossary marks as deprecated %1; use %2. %3</source>
        <translation>Глосарій позначає %1 як застаріле; використовуйте %2. %3</translation>
    </message>
    <message>
        <source>%1 is the Ukrainian form (%2); the Russian name of this place is %3.</source>
        <translation>%1 — українська форма (%2); російська назва цього місця — %3.</translation>
    </message>
    <message>
        <source>%1 is the Russian form (%2); the Ukrainian name of this place is %3.</source>
        <translation>%1 — російська форма (%2); українська назва цього місця — %3.</translation>
    </message>
    <message>
        <source>%1 is spelled with Ukrainian letters that Russian does not use.</source>
        <translation>%1 написано українськими літерами, яких немає в російській.</translation>
    </message>
    <message>
        <source>%1 is spelled with Russian letters that Ukrainian does not use.</source>
        <translation>%1 написано російськими літерами, яких немає в українській.</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2.</source>
        <translation>%1 схоже на спотворене %2.</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2 (%3 in Russian).</source>
        <translation>%1 схоже на спотворене %2 (%3 російською).</translation>
    </message>
    <message>
        <source>%1 looks like a misspelling of %2 (%3 in Ukrainian).</source>
        <translation>%1 схоже на спотворене %2 (%3 українською).</translation>
    </message>
    <message>
        <source>The Russian translation does not mention %1.</source>
        <translation>У російському перекладі не згадано %1.</translation>
    </message>
    <message>
        <source>The Ukrainian translation does not mention %1.</source>
        <translation>В українському перекладі не згадано %1.</translation>
    </message>
    <message>
        <source>The Russian translation does not mention %1 (%2).</source>
        <translation>У російському перекладі не згадано %1 (%2).</translation>
    </message>
    <message>
        <source>The Ukrainian translation does not mention %1 (%2).</source>
        <translation>В українському перекладі не згадано %1 (%2).</translation>
    </message>
</context>
<context>
    <name>NamesPanel</name>
    <message>
        <source>Replace with suggestion</source>
        <translation>Замінити на запропоноване</translation>
    </message>
    <message>
        <source>Ignore here</source>
        <translation>Пропустити тут</translation>
    </message>
    <message>
        <source>Approve spelling…</source>
        <translation>Затвердити написання…</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) in the selected cell</source>
        <translation>
            <numerusform>%n позначка у вибраній клітинці</numerusform>
            <numerusform>%n позначки у вибраній клітинці</numerusform>
            <numerusform>%n позначок у вибраній клітинці</numerusform>
        </translation>
    </message>
    <message>
        <source>No cell selected</source>
        <translation>Клітинку не вибрано</translation>
    </message>
    <message>
        <source>The English source is read-only: ignore the flag or approve a spelling.</source>
        <translation>Англійський оригінал не редагується: пропустіть позначку або затвердьте написання.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the cell; wait for the names check to finish.</source>
        <translation>«%1» уже немає в клітинці; дочекайтеся завершення перевірки імен.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Не затверджено</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Затверджено: %1</translation>
    </message>
    <message>
        <source>Glossary conflicts</source>
        <translation>Конфлікти в глосарії</translation>
    </message>
    <message>
        <source>The glossary now has conflicts to resolve in the Glossary panel:</source>
        <translation>У глосарії з'явилися конфлікти; розв'яжіть їх на панелі «Глосарій»:</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
</context>
<context>
    <name>PreferencesActions</name>
    <message>
        <source>Reviewer name</source>
        <extracomment>(setting value, name shown in its own language; '' follows the system).</extracomment>
        <translation>Ім'я рецензента</translation>
    </message>
    <message>
        <source>Your name, recorded with every decision you make:</source>
        <translation>Ваше ім'я, яке записується з кожним вашим рішенням:</translation>
    </message>
    <message>
        <source>&amp;Reviewer name…</source>
        <translation>&amp;Ім'я рецензента…</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>&amp;Мова інтерфейсу</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>&amp;About Review Desk</source>
        <translation>&amp;Про Review Desk</translation>
    </message>
    <message>
        <source>About Review Desk</source>
        <translation>Про Review Desk</translation>
    </message>
    <message>
        <source>Review Desk %1

Review English to Russian and Ukrainian news translations: every decision is saved at once, with who made it and when.</source>
        <translation>Review Desk %1

Перевірка перекладів новин з англійської російською та українською: кожне рішення зберігається одразу, із зазначенням, хто і коли його ухвалив.</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <source>&amp;New project from document…</source>
        <extracomment>A project was opened: (repository, path). The window shows it. A document was imported into an open project: (project path, Document). The window reloads its grid. Something to tell after an import (a changed original added as a new document). Projects that failed to open this session, with why (marked in the recent list).</extracomment>
        <translation>&amp;Новий проєкт із документа…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Відкрити проєкт…</translation>
    </message>
    <message>
        <source>&amp;Add document to project…</source>
        <translation>&amp;Додати документ до проєкту…</translation>
    </message>
    <message>
        <source>Recent &amp;projects</source>
        <translation>&amp;Останні проєкти</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Не вдалося відкрити проєкт</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Відкрити проєкт</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj);;All files (*)</source>
        <translation>Проєкти Review Desk (*.rdproj);;Усі файли (*)</translation>
    </message>
    <message>
        <source>New project from document</source>
        <translation>Новий проєкт із документа</translation>
    </message>
    <message>
        <source>Save the new project as</source>
        <translation>Зберегти новий проєкт як</translation>
    </message>
    <message>
        <source>Review Desk projects (*.rdproj)</source>
        <translation>Проєкти Review Desk (*.rdproj)</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Усі документи</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Add document to project</source>
        <translation>Додати документ до проєкту</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Запис %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Імпорт %1…</translation>
    </message>
    <message>
        <source>Cannot import %1</source>
        <translation>Не вдалося імпортувати %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Неочікувана помилка: %1</translation>
    </message>
    <message>
        <source>%1 (cannot be opened)</source>
        <translation>%1 (не відкривається)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>QaCheckController</name>
    <message>
        <source>The QA check failed: %1</source>
        <extracomment>The spelling dictionaries are loaded (the editor may underline now).</extracomment>
        <translation>Перевірка якості не вдалася: %1</translation>
    </message>
    <message>
        <source>Check &amp;English spelling</source>
        <translation>Перевіряти &amp;орфографію англійського тексту</translation>
    </message>
</context>
<context>
    <name>QaFindingsModel</name>
    <message>
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Важливість</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>QaKinds</name>
    <message>
        <source>Numbers</source>
        <translation>Числа</translation>
    </message>
    <message>
        <source>Units and percentages</source>
        <translation>Одиниці та відсотки</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>Пунктуація</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Лапки</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Пробіли</translation>
    </message>
    <message>
        <source>Repeated word</source>
        <translation>Повтор слова</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Не перекладено</translation>
    </message>
    <message>
        <source>Empty translation</source>
        <translation>Порожній переклад</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Довжина</translation>
    </message>
    <message>
        <source>Mixed scripts</source>
        <translation>Змішані абетки</translation>
    </message>
    <message>
        <source>Letter of the other language</source>
        <translation>Літера іншої мови</translation>
    </message>
    <message>
        <source>Invisible character</source>
        <translation>Невидимий символ</translation>
    </message>
    <message>
        <source>Address, handle or hashtag</source>
        <translation>Адреса, ім'я користувача або хештег</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Узгодженість</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Правопис</translation>
    </message>
    <message>
        <source>Inline codes</source>
        <translation>Вбудовані коди</translation>
    </message>
    <message>
        <source>Capital letters</source>
        <translation>Великі літери</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Імена</translation>
    </message>
</context>
<context>
    <name>QaPanel</name>
    <message>
        <source>Ignore here</source>
        <translation>Ігнорувати тут</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Експорт звіту…</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Будь-яка важливість</translation>
    </message>
    <message>
        <source>Every column</source>
        <translation>Усі стовпці</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n зауваження</numerusform>
            <numerusform>%n зауваження</numerusform>
            <numerusform>%n зауважень</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>That segment is hidden by the grid's filter.</source>
        <translation>Цей сегмент приховано фільтром таблиці.</translation>
    </message>
    <message>
        <source>Export QA report</source>
        <translation>Експорт звіту про перевірку</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Вебсторінка (*.html)</translation>
    </message>
    <message>
        <source>Writing the QA report…</source>
        <translation>Запис звіту про перевірку…</translation>
    </message>
    <message numerus="yes">
        <source>QA report with %n finding(s) written to %1</source>
        <translation>
            <numerusform>Звіт із %n зауваженням записано до %1</numerusform>
            <numerusform>Звіт із %n зауваженнями записано до %1</numerusform>
            <numerusform>Звіт із %n зауваженнями записано до %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The QA report was not written: %1</source>
        <translation>Звіт про перевірку не записано: %1</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Export &amp;QA report…</source>
        <translation>Експорт звіту про &amp;перевірку…</translation>
    </message>
</context>
<context>
    <name>QaReasons</name>
    <message>
        <source>The translation lacks the number %1 of the source.</source>
        <translation>У перекладі немає числа %1 з оригіналу.</translation>
    </message>
    <message>
        <source>This number is not in the source; the source has %1 here.</source>
        <translation>Цього числа немає в оригіналі; там тут %1.</translation>
    </message>
    <message>
        <source>This number is not in the source.</source>
        <translation>Цього числа немає в оригіналі.</translation>
    </message>
    <message>
        <source>Written the English way: Russian and Ukrainian separate thousands with a space and decimals with a comma.</source>
        <translation>Записано по-англійськи: в українській і російській тисячі відокремлюють пробілом, а дробову частину — комою.</translation>
    </message>
    <message>
        <source>The source gives this number in %1; the translation does not say so.</source>
        <translation>В оригіналі це число в %1; у перекладі одиницю не вказано.</translation>
    </message>
    <message>
        <source>The translation lacks the month %1 of the source's date.</source>
        <translation>У перекладі немає місяця %1 з дати оригіналу.</translation>
    </message>
    <message>
        <source>The source's date is in %1, not in this month.</source>
        <translation>В оригіналі дата в місяці %1, а не в цьому.</translation>
    </message>
    <message>
        <source>The source ends with “%1”; the translation has no closing mark.</source>
        <translation>Оригінал закінчується на «%1»; у перекладі немає завершального знака.</translation>
    </message>
    <message>
        <source>The source ends with “%1”.</source>
        <translation>Оригінал закінчується на «%1».</translation>
    </message>
    <message>
        <source>The source has no closing punctuation here.</source>
        <translation>В оригіналі тут немає завершального знака.</translation>
    </message>
    <message>
        <source>This bracket has no partner.</source>
        <translation>Ця дужка не має пари.</translation>
    </message>
    <message>
        <source>This quotation mark has no partner.</source>
        <translation>Ці лапки не мають пари.</translation>
    </message>
    <message>
        <source>Russian and Ukrainian quote with « » (and „ “ inside).</source>
        <translation>В українській і російській цитують у « » (а всередині — „ “).</translation>
    </message>
    <message>
        <source>Two spaces in a row.</source>
        <translation>Два пробіли поспіль.</translation>
    </message>
    <message>
        <source>Space at the start of the translation.</source>
        <translation>Пробіл на початку перекладу.</translation>
    </message>
    <message>
        <source>Space at the end of the translation.</source>
        <translation>Пробіл у кінці перекладу.</translation>
    </message>
    <message>
        <source>“%1” is written twice.</source>
        <translation>«%1» написано двічі.</translation>
    </message>
    <message>
        <source>A space before “%1”: Russian and Ukrainian put none there.</source>
        <translation>Пробіл перед «%1»: українською та російською його там не ставлять.</translation>
    </message>
    <message>
        <source>No space after “%1”.</source>
        <translation>Немає пробілу після «%1».</translation>
    </message>
    <message>
        <source>The source starts with a capital letter; the translation does not.</source>
        <translation>Оригінал починається з великої літери, переклад — ні.</translation>
    </message>
    <message>
        <source>The translation is empty.</source>
        <translation>Переклад порожній.</translation>
    </message>
    <message>
        <source>The translation is the English source, untranslated.</source>
        <translation>Переклад збігається з англійським оригіналом: не перекладено.</translation>
    </message>
    <message>
        <source>The translation is %1% of the source's length: is something repeated?</source>
        <translation>Переклад становить %1% довжини оригіналу: чи немає повтору?</translation>
    </message>
    <message>
        <source>The translation is %1% of the source's length: is something missing?</source>
        <translation>Переклад становить %1% довжини оригіналу: нічого не пропущено?</translation>
    </message>
    <message>
        <source>Latin letters in the Cyrillic word “%1”: it looks right but breaks search.</source>
        <translation>Латинські літери в кириличному слові «%1»: виглядає правильно, але ламає пошук.</translation>
    </message>
    <message>
        <source>Cyrillic letters in the Latin word “%1”: it looks right but breaks search.</source>
        <translation>Кириличні літери в латинському слові «%1»: виглядає правильно, але ламає пошук.</translation>
    </message>
    <message>
        <source>A Russian letter in the Ukrainian text (“%1”).</source>
        <translation>Російська літера в українському тексті («%1»).</translation>
    </message>
    <message>
        <source>A Ukrainian letter in the Russian text (“%1”).</source>
        <translation>Українська літера в російському тексті («%1»).</translation>
    </message>
    <message>
        <source>An invisible character (%1).</source>
        <translation>Невидимий символ (%1).</translation>
    </message>
    <message>
        <source>The translation lacks this address.</source>
        <translation>У перекладі немає цієї адреси.</translation>
    </message>
    <message>
        <source>The source's address is %1.</source>
        <translation>Адреса в оригіналі: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this e-mail address.</source>
        <translation>У перекладі немає цієї адреси електронної пошти.</translation>
    </message>
    <message>
        <source>The source's e-mail address is %1.</source>
        <translation>Адреса електронної пошти в оригіналі: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this handle.</source>
        <translation>У перекладі немає цього імені користувача.</translation>
    </message>
    <message>
        <source>The source's handle is %1.</source>
        <translation>Ім'я користувача в оригіналі: %1.</translation>
    </message>
    <message>
        <source>The translation lacks this hashtag.</source>
        <translation>У перекладі немає цього хештегу.</translation>
    </message>
    <message>
        <source>The source's hashtag is %1.</source>
        <translation>Хештег в оригіналі: %1.</translation>
    </message>
    <message>
        <source>The same source is translated %1 ways in this project.</source>
        <translation>Той самий оригінал перекладено в цьому проєкті %1 способами.</translation>
    </message>
    <message>
        <source>%1 different sources have this same translation.</source>
        <translation>%1 різних оригіналів мають однаковий переклад.</translation>
    </message>
    <message>
        <source>Not a known word: check its spelling (or add it to the project dictionary).</source>
        <translation>Невідоме слово: перевірте написання (або додайте його до словника проєкту).</translation>
    </message>
    <message>
        <source>An inline code of the source is missing.</source>
        <translation>Бракує вбудованого коду з оригіналу.</translation>
    </message>
</context>
<context>
    <name>RepetitionFollower</name>
    <message numerus="yes">
        <source>Also applied to %n repetition(s) of this sentence (Ctrl+Z undoes them together).</source>
        <translation>
            <numerusform>Також застосовано до %n повтору цього речення (Ctrl+Z скасує все разом).</numerusform>
            <numerusform>Також застосовано до %n повторів цього речення (Ctrl+Z скасує все разом).</numerusform>
            <numerusform>Також застосовано до %n повторів цього речення (Ctrl+Z скасує все разом).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>&amp;Approve and go to next</source>
        <extracomment>A short note for the status bar ("Nothing to undo", ...).</extracomment>
        <translation>&amp;Схвалити й перейти до наступного</translation>
    </message>
    <message>
        <source>Approve the current translation and jump to the next one not approved</source>
        <translation>Схвалити поточний переклад і перейти до наступного несхваленого</translation>
    </message>
    <message>
        <source>&amp;Reject and go to next</source>
        <translation>&amp;Відхилити й перейти до наступного</translation>
    </message>
    <message>
        <source>&amp;Undo last decision</source>
        <translation>Скасувати останнє &amp;рішення</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Коментар…</translation>
    </message>
    <message>
        <source>Select a Russian or Ukrainian cell first.</source>
        <translation>Спочатку виберіть клітинку з російським або українським перекладом.</translation>
    </message>
    <message>
        <source>This cell is empty: type a translation first.</source>
        <translation>Клітинка порожня: спочатку введіть переклад.</translation>
    </message>
    <message>
        <source>Every cell is approved.</source>
        <translation>Усі клітинки схвалено.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <source>Undone: segment %1, %2</source>
        <translation>Скасовано: сегмент %1, %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Comment on this %1 translation (empty removes it):</source>
        <translation>Коментар до перекладу (%1); порожній коментар видаляється:</translation>
    </message>
</context>
<context>
    <name>ReviewStatusBar</name>
    <message>
        <source>No project open</source>
        <translation>Проєкт не відкрито</translation>
    </message>
    <message>
        <source>%1: %2/%3 approved</source>
        <translation>%1: схвалено %2 з %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n сегмент</numerusform>
            <numerusform>%n сегменти</numerusform>
            <numerusform>%n сегментів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Romanization</name>
    <message>
        <source>KMU 2010 (official Ukrainian)</source>
        <translation>КМУ 2010 (офіційна українська)</translation>
    </message>
    <message>
        <source>ICAO Doc 9303</source>
        <translation>ICAO Doc 9303</translation>
    </message>
    <message>
        <source>GOST 7.79 System B</source>
        <translation>ГОСТ 7.79, система Б</translation>
    </message>
    <message>
        <source>Wikipedia</source>
        <translation>Вікіпедія</translation>
    </message>
    <message>
        <source>BGN/PCGN</source>
        <translation>BGN/PCGN</translation>
    </message>
    <message>
        <source>informal (transliterate package)</source>
        <translation>неформальна (пакет transliterate)</translation>
    </message>
</context>
<context>
    <name>RomanizationModel</name>
    <message>
        <source>The standard scheme for this language</source>
        <translation>Стандартна система для цієї мови</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Транслітерація</translation>
    </message>
</context>
<context>
    <name>RomanizationPanel</name>
    <message>
        <source>Type a name in Cyrillic</source>
        <translation>Введіть ім'я кирилицею</translation>
    </message>
    <message>
        <source>Romanization</source>
        <translation>Транслітерація</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Segment %1, paragraph %2</source>
        <extracomment>The project could not be written; the argument is a message for the reviewer. Some decision changed (status bar counts, panels). A reviewer's decision was recorded on this cell (segment id, language). A decision was copied to this many repetitions of its sentence (same transaction). Some cell text may have changed (an edit, an undo, machine output, rows added); an approval or a rejection keeps the text and does not emit it (the names check listens). Only these segments (in project order) when the grid is filtered; None: every one. segment id -&gt; {tag number: label} ("b", "link" ...) for chip tooltips (read once per segment from the document's stored inline codes).</extracomment>
        <translation>Сегмент %1, абзац %2</translation>
    </message>
    <message>
        <source>not translated yet</source>
        <translation>ще не перекладено</translation>
    </message>
    <message>
        <source>Draft (quick machine translation; a refined one follows)</source>
        <translation>Чернетка (швидкий машинний переклад; уточнений буде згодом)</translation>
    </message>
    <message>
        <source>Not translated yet: Tools &gt; Translate document (Ctrl+T)</source>
        <translation>Ще не перекладено: Інструменти &gt; Перекласти документ (Ctrl+T)</translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>From the translation memory (%1 match)</source>
        <translation>З пам'яті перекладів (збіг %1)</translation>
    </message>
    <message>
        <source>Machine translation: %1</source>
        <translation>Машинний переклад: %1</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Коментар: %1</translation>
    </message>
    <message>
        <source>The change could not be saved to the project: %1. Check that the file is still there and writable, then try again.</source>
        <translation>Зміну не вдалося зберегти в проєкті: %1. Перевірте, що файл на місці й доступний для запису, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Your text (copy it from here):
%1</source>
        <translation>Ваш текст (скопіюйте його звідси):
%1</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>No suggestions</source>
        <translation>Немає варіантів</translation>
    </message>
    <message>
        <source>Add “%1” to project dictionary</source>
        <translation>Додати «%1» до словника проєкту</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>new</source>
        <extracomment>Soft row tints behind decided cells (None: no tint).</extracomment>
        <translation>новий</translation>
    </message>
    <message>
        <source>machine translated</source>
        <translation>машинний переклад</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>виправлено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>схвалено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>відхилено</translation>
    </message>
</context>
<context>
    <name>TagCheck</name>
    <message>
        <source>Tag missing</source>
        <translation>Бракує тегу</translation>
    </message>
    <message>
        <source>Tag not in the source</source>
        <translation>Тегу немає в оригіналі</translation>
    </message>
    <message>
        <source>Tag duplicated</source>
        <translation>Тег повторюється</translation>
    </message>
    <message>
        <source>Closing tag before opening tag</source>
        <translation>Закривальний тег перед відкривальним</translation>
    </message>
    <message>
        <source>Tags cross</source>
        <translation>Теги перетинаються</translation>
    </message>
    <message>
        <source>Tags in another order</source>
        <translation>Теги в іншому порядку</translation>
    </message>
</context>
<context>
    <name>TagChips</name>
    <message>
        <source>opening tag %1</source>
        <translation>відкривальний тег %1</translation>
    </message>
    <message>
        <source>closing tag %1</source>
        <translation>закривальний тег %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>тег %1</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Зачекайте</translation>
    </message>
    <message>
        <source>The task failed</source>
        <translation>Завдання не виконано</translation>
    </message>
</context>
<context>
    <name>TranslateController</name>
    <message>
        <source>&amp;Translate document</source>
        <translation>&amp;Перекласти документ</translation>
    </message>
    <message>
        <source>Machine-translate every segment; reviewers' texts are never replaced</source>
        <translation>Машинний переклад усіх сегментів; тексти редакторів не замінюються</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Stop machine translation; what is stored stays</source>
        <translation>Зупинити машинний переклад; збережене залишається</translation>
    </message>
    <message>
        <source>Refining…</source>
        <translation>Уточнення…</translation>
    </message>
    <message>
        <source>Every segment has a draft; beam search and alternatives are being computed</source>
        <translation>Кожен сегмент має чернетку; триває променевий пошук і добір варіантів</translation>
    </message>
    <message>
        <source>Draft %p%</source>
        <translation>Чернетка %p%</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>Машинний переклад</translation>
    </message>
    <message>
        <source>No LibreTranslate server is set. Enter its address in the machine translation settings, or choose the offline Argos engine there.</source>
        <translation>Сервер LibreTranslate не вказано. Вкажіть його адресу в налаштуваннях машинного перекладу або виберіть там рушій Argos, що працює без інтернету.</translation>
    </message>
    <message>
        <source>No translation model for %1 → %2 is installed. Download one or install a .argosmodel file in the model manager.</source>
        <translation>Модель перекладу %1 → %2 не встановлено. Завантажте її або встановіть файл .argosmodel у менеджері моделей.</translation>
    </message>
    <message numerus="yes">
        <source>Machine translation: %n segment(s) stored so far</source>
        <translation>
            <numerusform>Машинний переклад: збережено %n сегмент</numerusform>
            <numerusform>Машинний переклад: збережено %n сегменти</numerusform>
            <numerusform>Машинний переклад: збережено %n сегментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) translated</source>
        <translation>
            <numerusform>Перекладено %n сегмент</numerusform>
            <numerusform>Перекладено %n сегменти</numerusform>
            <numerusform>Перекладено %n сегментів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) refined with beam search</source>
        <translation>
            <numerusform>%n чернетку уточнено променевим пошуком</numerusform>
            <numerusform>%n чернетки уточнено променевим пошуком</numerusform>
            <numerusform>%n чернеток уточнено променевим пошуком</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the cache</source>
        <translation>
            <numerusform>%n сегмент з кешу</numerusform>
            <numerusform>%n сегменти з кешу</numerusform>
            <numerusform>%n сегментів з кешу</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) from the translation memory</source>
        <translation>
            <numerusform>%n сегмент з пам'яті перекладів</numerusform>
            <numerusform>%n сегменти з пам'яті перекладів</numerusform>
            <numerusform>%n сегментів з пам'яті перекладів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) skipped (no text)</source>
        <translation>
            <numerusform>Пропущено %n сегмент (немає тексту)</numerusform>
            <numerusform>Пропущено %n сегменти (немає тексту)</numerusform>
            <numerusform>Пропущено %n сегментів (немає тексту)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) failed</source>
        <translation>
            <numerusform>Не вдалося перекласти %n сегмент</numerusform>
            <numerusform>Не вдалося перекласти %n сегменти</numerusform>
            <numerusform>Не вдалося перекласти %n сегментів</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation finished</source>
        <translation>Машинний переклад завершено</translation>
    </message>
    <message>
        <source>MT: %1</source>
        <translation>МП: %1</translation>
    </message>
    <message>
        <source>Machine translation cancelled</source>
        <translation>Машинний переклад скасовано</translation>
    </message>
    <message numerus="yes">
        <source>Translation was cancelled. The %n segment(s) translated before that are kept.</source>
        <translation>
            <numerusform>Переклад скасовано. %n сегмент, перекладений до цього, збережено.</numerusform>
            <numerusform>Переклад скасовано. %n сегменти, перекладені до цього, збережено.</numerusform>
            <numerusform>Переклад скасовано. %n сегментів, перекладених до цього, збережено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Machine translation stopped: %1</source>
        <translation>Машинний переклад зупинено: %1</translation>
    </message>
    <message>
        <source>Cannot translate</source>
        <translation>Не вдається перекласти</translation>
    </message>
    <message>
        <source>Install the missing models…</source>
        <translation>Встановити відсутні моделі…</translation>
    </message>
    <message>
        <source>Open model manager…</source>
        <translation>Відкрити менеджер моделей…</translation>
    </message>
    <message>
        <source>Machine translation settings…</source>
        <translation>Налаштування машинного перекладу…</translation>
    </message>
</context>
<context><name>DocumentFormats</name><message><source>Word document</source><translation>Документ Word</translation></message><message><source>OpenDocument text</source><translation>Текст OpenDocument</translation></message><message><source>HTML page</source><translation>Сторінка HTML</translation></message><message><source>Plain text</source><translation>Звичайний текст</translation></message><message><source>Markdown</source><translation>Markdown</translation></message></context><context><name>ExportController</name><message><source>&amp;Export translation</source><translation>&amp;Експорт перекладу</translation></message><message><source>Russian…</source><translation>Російською…</translation></message><message><source>Ukrainian…</source><translation>Українською…</translation></message><message><source>Approved translations only</source><translation>Лише затверджені переклади</translation></message><message><source>Same format as the original (*%1)</source><translation>У форматі оригіналу (*%1)</translation></message><message><source>Plain text (*.txt)</source><translation>Звичайний текст (*.txt)</translation></message><message><source>Export translation</source><translation>Експорт перекладу</translation></message><message><source>Exporting %1…</source><translation>Експорт %1…</translation></message><message><source>Wrote %1: %2 approved, %3 edited, %4 machine, %5 left in English</source><translation>Записано %1: затверджено %2, змінено %3, машинних %4, залишилося англійською %5</translation></message><message><source>Segment %1: %2</source><translation>Сегмент %1: %2</translation></message><message numerus="yes"><source>%n segment(s) need attention; their tags were placed at the end of the paragraph.</source><translation><numerusform>%n сегмент потребує уваги; його теги поставлено в кінець абзацу.</numerusform><numerusform>%n сегменти потребують уваги; їхні теги поставлено в кінець абзацу.</numerusform><numerusform>%n сегментів потребують уваги; їхні теги поставлено в кінець абзацу.</numerusform></translation></message><message><source>Cannot export %1</source><translation>Не вдалося експортувати %1</translation></message></context><context><name>GlossaryDetailsView</name><message><source>Definition</source><translation>Визначення</translation></message><message><source>Context</source><translation>Контекст</translation></message><message><source>Note</source><translation>Примітка</translation></message><message><source>Source</source><translation>Джерело</translation></message><message><source>source</source><translation>джерело</translation></message><message><source>Customer</source><translation>Замовник</translation></message><message><source>Project</source><translation>Проєкт</translation></message><message><source>Term type</source><translation>Тип терміна</translation></message><message><source>Gender</source><translation>Рід</translation></message><message><source>Used in</source><translation>Де вживається</translation></message><message><source>Location</source><translation>Місце в інтерфейсі</translation></message><message><source>See also</source><translation>Див. також</translation></message><message><source>Link</source><translation>Посилання</translation></message><message><source>Picture</source><translation>Зображення</translation></message><message><source>Subject</source><translation>Предметна галузь</translation></message></context><context><name>HistoryPanel</name><message><source>History</source><translation>Історія</translation></message><message><source>When</source><translation>Коли</translation></message><message><source>Who</source><translation>Хто</translation></message><message><source>What</source><translation>Що</translation></message><message><source>Text</source><translation>Текст</translation></message><message><source>machine</source><translation>машина</translation></message><message><source>Machine translation</source><translation>Машинний переклад</translation></message><message><source>Edited</source><translation>Змінено</translation></message><message><source>Approved</source><translation>Затверджено</translation></message><message><source>Rejected</source><translation>Відхилено</translation></message><message><source>Undone</source><translation>Скасовано</translation></message><message><source>Comment</source><translation>Коментар</translation></message><message><source>Name flag ignored</source><translation>Позначку імені пропущено</translation></message><message><source>Name flag shown again</source><translation>Позначку імені знову показано</translation></message><message><source>QA finding ignored</source><translation>Зауваження перевірки пропущено</translation></message><message><source>QA finding shown again</source><translation>Зауваження перевірки знову показано</translation></message><message><source>Added to the project dictionary</source><translation>Додано до словника проєкту</translation></message></context><context><name>ShortcutsDialog</name><message><source>&amp;Keyboard shortcuts…</source><translation>&amp;Комбінації клавіш…</translation></message><message><source>Keyboard shortcuts</source><translation>Комбінації клавіш</translation></message><message><source>Keys</source><translation>Клавіші</translation></message><message><source>Does</source><translation>Дія</translation></message><message><source>Where</source><translation>Де</translation></message><message><source>Grid and panels</source><translation>Таблиця й панелі</translation></message><message><source>In the cell editor</source><translation>У редакторі клітинки</translation></message><message><source>Edit the cell (or double-click, or start typing)</source><translation>Редагувати клітинку (або подвійне клацання, або просто почніть друкувати)</translation></message><message><source>Save the cell as edited</source><translation>Зберегти клітинку як змінену</translation></message><message><source>New line inside the cell</source><translation>Новий рядок у клітинці</translation></message><message><source>Save and approve, go to the next cell</source><translation>Зберегти й затвердити, перейти до наступної клітинки</translation></message><message><source>Cancel the edit</source><translation>Скасувати редагування</translation></message><message><source>Undo typing inside the editor</source><translation>Скасувати введення в редакторі</translation></message></context></TS>