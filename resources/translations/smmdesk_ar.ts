<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AllPanels</name>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="82"/>
        <source>Updating: %1</source>
        <translation>جارٍ التحديث: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="82"/>
        <location filename="../../smmdesk/gui/all_panels.py" line="87"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/all_panels.py" line="86"/>
        <source>Could not be updated (tried again later): %1</source>
        <translation>تعذّر التحديث (ستُعاد المحاولة لاحقًا): %1</translation>
    </message>
</context>
<context>
    <name>AllPanelsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="159"/>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="249"/>
        <source>All panels</source>
        <translation>كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="163"/>
        <source>Search the services of every panel…</source>
        <translation>ابحث في خدمات كل اللوحات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="164"/>
        <source>Search all panels</source>
        <translation>البحث في كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="169"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="174"/>
        <source>Services of every panel</source>
        <translation>خدمات كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="196"/>
        <source>&amp;Order on this panel</source>
        <translation>ا&amp;طلب من هذه اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="198"/>
        <source>Co&amp;mpare…</source>
        <translation>&amp;قارن…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="200"/>
        <source>&amp;Update all catalogues</source>
        <translation>&amp;حدّث كل الكتالوجات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="209"/>
        <source>&amp;Panel:</source>
        <translation>ال&amp;لوحة:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="277"/>
        <source>%Ln services</source>
        <translation>
            <numerusform>%Ln خدمة</numerusform>
            <numerusform>خدمة واحدة</numerusform>
            <numerusform>خدمتان</numerusform>
            <numerusform>%Ln خدمات</numerusform>
            <numerusform>%Ln خدمة</numerusform>
            <numerusform>%Ln خدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="278"/>
        <source>%Ln panels</source>
        <translation>
            <numerusform>%Ln لوحة</numerusform>
            <numerusform>لوحة واحدة</numerusform>
            <numerusform>لوحتين</numerusform>
            <numerusform>%Ln لوحات</numerusform>
            <numerusform>%Ln لوحة</numerusform>
            <numerusform>%Ln لوحة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="279"/>
        <source>%1 on %2</source>
        <translation>%1 في %2</translation>
    </message>
</context>
<context>
    <name>AllPanelsModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="67"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="68"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="69"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="70"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="71"/>
        <source>Rate per 1000</source>
        <translation>السعر لكل ألف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="72"/>
        <source>Min</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="73"/>
        <source>Max</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/allpanels.py" line="74"/>
        <source>Flags</source>
        <translation>الميزات</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="85"/>
        <source>The database %1 was written by a newer version of SMMDesk.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="89"/>
        <source>The database %1 is damaged or is not an SMMDesk database.</source>
        <translation>قاعدة البيانات %1 تالفة أو ليست قاعدة بيانات لـ SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="102"/>
        <source>Database from a newer SMMDesk</source>
        <translation>قاعدة بيانات من إصدار أحدث من SMMDesk</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="104"/>
        <source>Install the newer SMMDesk again; this file was left untouched.</source>
        <translation>ثبّت الإصدار الأحدث من SMMDesk مجددًا؛ لم يُمَسّ هذا الملف.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="112"/>
        <source>Damaged database</source>
        <translation>قاعدة بيانات تالفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="114"/>
        <source>SMMDesk can move the damaged file aside (it is kept, renamed) and start with an empty database. Your panels&apos; own order history is not affected.</source>
        <translation>يستطيع SMMDesk نقل الملف التالف جانبًا (يُحتفَظ به باسم جديد) والبدء بقاعدة بيانات فارغة. لا يتأثر سجل الطلبات المحفوظ في لوحاتك.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="119"/>
        <source>Move it aside and continue</source>
        <translation>انقله جانبًا وتابِع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="125"/>
        <source>Damaged database moved aside</source>
        <translation>نُقلت قاعدة البيانات التالفة جانبًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="126"/>
        <source>The damaged file was kept as:
%1</source>
        <translation>حُفظ الملف التالف باسم:
%1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="251"/>
        <source>SMMDesk is already running</source>
        <extracomment>how long after the first paint the collector settles: once the start-up work queued behind that frame (keys, poller, network) has run, so the window is usable first (the collection takes ~25 ms with 5 cached catalogues) and the pause falls in idle time the interpreter&apos;s thread switch interval while starting: the work queued behind the first frame imports the HTTP stack and the keyring on workers, and at Python&apos;s default (5 ms) each Qt call of the GUI thread that hands the GIL back may wait that long to get it again</extracomment>
        <translation>يعمل SMMDesk بالفعل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/app.py" line="252"/>
        <source>SMMDesk is already open with this data folder:
%1</source>
        <translation>توجد نسخة من SMMDesk مفتوحة بالفعل على مجلد البيانات هذا:
%1</translation>
    </message>
</context>
<context>
    <name>BalanceWords</name>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="27"/>
        <source>Not enough history</source>
        <translation>لا يوجد سجل كافٍ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="29"/>
        <source>No spending in 30 days</source>
        <translation>لا إنفاق خلال ٣٠ يومًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="32"/>
        <source>Runs out within a day</source>
        <translation>ينفد خلال يوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="34"/>
        <source>Runs out in about a day</source>
        <translation>ينفد بعد يوم تقريبًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/balances.py" line="36"/>
        <source>Runs out in about %Ln days</source>
        <translation>
            <numerusform>ينفد بعد %Ln يوم تقريبًا</numerusform>
            <numerusform>ينفد بعد يوم واحد تقريبًا</numerusform>
            <numerusform>ينفد بعد يومين تقريبًا</numerusform>
            <numerusform>ينفد بعد %Ln أيام تقريبًا</numerusform>
            <numerusform>ينفد بعد %Ln يومًا تقريبًا</numerusform>
            <numerusform>ينفد بعد %Ln يوم تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="45"/>
        <source>No low-balance warning for this panel</source>
        <translation>لا تنبيه بانخفاض الرصيد لهذه اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="47"/>
        <source>A level you set</source>
        <translation>حدّ حدّدته أنت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="48"/>
        <source>Automatic: about 3 days of recent spending</source>
        <translation>تلقائي: إنفاق ٣ أيام تقريبًا بالمعدل الأخير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="55"/>
        <source>Low balance</source>
        <translation>رصيد منخفض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/balances.py" line="57"/>
        <source>%1: the balance is %2, under the warning level of %3.</source>
        <translation>%1: الرصيد %2، أقل من حدّ التنبيه %3.</translation>
    </message>
</context>
<context>
    <name>BalancesWindow</name>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="56"/>
        <location filename="../../smmdesk/gui/money/view.py" line="75"/>
        <source>Balances</source>
        <extracomment>column ids, in order</extracomment>
        <translation>الأرصدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="62"/>
        <source>The last balance read from each panel. Spending counts the charges of orders placed here; canceled orders count nothing, and orders whose outcome is unknown are not counted.</source>
        <translation>آخر رصيد قُرئ من كل لوحة. يُحسب الإنفاق من رسوم الطلبات المقدَّمة هنا؛ الطلبات الملغاة لا تُحسب بشيء، والطلبات غير المعروفة نتيجتها لا تُحسب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="99"/>
        <source>&amp;Read Balances Now</source>
        <translation>ا&amp;قرأ الأرصدة الآن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="100"/>
        <source>Ask every connected panel for its balance now</source>
        <translation>اطلب من كل لوحة متصلة رصيدها الآن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="101"/>
        <source>Read balances now</source>
        <translation>اقرأ الأرصدة الآن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="117"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="118"/>
        <source>Balance</source>
        <translation>الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="119"/>
        <source>Read at</source>
        <translation>وقت القراءة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="120"/>
        <source>Spent, 7 days</source>
        <translation>الإنفاق، ٧ أيام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="121"/>
        <source>Spent, 30 days</source>
        <translation>الإنفاق، ٣٠ يومًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="122"/>
        <source>Forecast</source>
        <translation>التوقّع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="123"/>
        <source>Warn below</source>
        <translation>نبّه تحت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="185"/>
        <source>None</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="188"/>
        <source>Not read yet</source>
        <translation>لم يُقرأ بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/view.py" line="210"/>
        <source>%Ln orders with an unknown outcome are not counted</source>
        <translation>
            <numerusform>لا طلبات غير معروفة النتيجة</numerusform>
            <numerusform>طلب واحد غير معروف النتيجة لا يُحسب</numerusform>
            <numerusform>طلبان غير معروفي النتيجة لا يُحسبان</numerusform>
            <numerusform>%Ln طلبات غير معروفة النتيجة لا تُحسب</numerusform>
            <numerusform>%Ln طلبًا غير معروف النتيجة لا يُحسب</numerusform>
            <numerusform>%Ln طلب غير معروف النتيجة لا يُحسب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="225"/>
        <source>Under the warning level</source>
        <translation>أقل من حدّ التنبيه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/view.py" line="238"/>
        <source>Total in %1: %2 (%Ln panels)</source>
        <translation>
            <numerusform>المجموع بعملة %1: %2 (لا لوحات)</numerusform>
            <numerusform>المجموع بعملة %1: %2 (لوحة واحدة)</numerusform>
            <numerusform>المجموع بعملة %1: %2 (لوحتان)</numerusform>
            <numerusform>المجموع بعملة %1: %2 (%Ln لوحات)</numerusform>
            <numerusform>المجموع بعملة %1: %2 (%Ln لوحة)</numerusform>
            <numerusform>المجموع بعملة %1: %2 (%Ln لوحة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="249"/>
        <source>%1 (no currency named)</source>
        <translation>%1 (دون ذكر العملة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="254"/>
        <source>Not in the total, without an exchange rate: %1. Add the rates in Settings.</source>
        <translation>خارج المجموع لعدم وجود سعر صرف: %1. أضف الأسعار في الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/view.py" line="255"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>CatalogChanges</name>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="19"/>
        <source>Added</source>
        <translation>أُضيفت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="20"/>
        <source>Removed</source>
        <translation>حُذفت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="21"/>
        <source>Rate up</source>
        <translation>ارتفع السعر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="22"/>
        <source>Rate down</source>
        <translation>انخفض السعر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="23"/>
        <source>Min/max changed</source>
        <translation>تغيّر الحد الأدنى/الأقصى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="26"/>
        <source>Renamed</source>
        <translation>تغيّر الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="27"/>
        <source>Type changed</source>
        <translation>تغيّر النوع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="28"/>
        <source>Id reused</source>
        <translation>رقم أُعيد استخدامه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="43"/>
        <source>%1 – %2</source>
        <extracomment>how many service names a notification lists before &quot;and N more&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="65"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="70"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="73"/>
        <source>%1 and %Ln more</source>
        <translation>%1 و%Ln غيرها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="86"/>
        <source>%1: a watched service changed</source>
        <translation>%1: تغيّرت خدمة تتابعها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="88"/>
        <source>%1: %Ln watched services changed</source>
        <translation>%1: تغيّرت %Ln من الخدمات التي تتابعها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="95"/>
        <source>Rate up: %1</source>
        <translation>ارتفع السعر: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/changes.py" line="101"/>
        <source>No longer offered: %1</source>
        <translation>لم تعد معروضة: %1</translation>
    </message>
</context>
<context>
    <name>CatalogPane</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="74"/>
        <source>Search services</source>
        <translation>البحث في الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="76"/>
        <source>Search services: name, category or ID  (Ctrl+F)</source>
        <translation>ابحث في الخدمات: الاسم أو الفئة أو المعرّف  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="38"/>
        <source>Show one service type only</source>
        <extracomment>Alt letters the rest of the window takes (see give_mnemonics)</extracomment>
        <translation>اعرض نوعًا واحدًا من الخدمات فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="45"/>
        <source>All types</source>
        <translation>كل الأنواع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="51"/>
        <source>Show only services that support these features</source>
        <translation>اعرض الخدمات التي تدعم هذه الميزات فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="58"/>
        <source>Drip-feed</source>
        <translation>التغذية بالتقطير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="59"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="60"/>
        <source>Cancel</source>
        <translation>الإلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="71"/>
        <source>★ Favourites only</source>
        <translation>★ المفضلة فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="74"/>
        <source>Show only the services you starred (Ctrl+D)</source>
        <translation>اعرض الخدمات التي ميّزتها بنجمة فقط (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="80"/>
        <source>Order of services inside each category</source>
        <translation>ترتيب الخدمات داخل كل فئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="84"/>
        <source>Catalogue order</source>
        <translation>ترتيب قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="85"/>
        <source>Rate: low → high</source>
        <translation>السعر: من الأقل إلى الأعلى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="86"/>
        <source>Rate: high → low</source>
        <translation>السعر: من الأعلى إلى الأقل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="87"/>
        <source>Service ID</source>
        <translation>معرّف الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="88"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/notice.py" line="30"/>
        <source>Retry</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/notice.py" line="32"/>
        <source>Ask the panel for its service list again</source>
        <translation>اطلب قائمة الخدمات من اللوحة مجددًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="105"/>
        <source>Services by category</source>
        <translation>الخدمات حسب الفئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="121"/>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="269"/>
        <source>Add to favourites</source>
        <translation>أضف إلى المفضلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="269"/>
        <source>Remove from favourites</source>
        <translation>أزِل من المفضلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="273"/>
        <source>Copy service ID</source>
        <translation>انسخ معرّف الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="275"/>
        <source>Copy name</source>
        <translation>انسخ الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="278"/>
        <source>Compare across panels…</source>
        <translation>قارن بين اللوحات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="281"/>
        <source>Collapse all categories</source>
        <translation>اطوِ كل الفئات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="159"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="162"/>
        <source>Features: %1</source>
        <translation>الميزات: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/filters.py" line="165"/>
        <source>Any features</source>
        <translation>أي ميزات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="376"/>
        <source>No catalogue loaded yet</source>
        <translation>لم تُحمَّل قائمة الخدمات بعد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/pane.py" line="380"/>
        <source>%Ln services</source>
        <translation>
            <numerusform>%Ln خدمة</numerusform>
            <numerusform>خدمة واحدة</numerusform>
            <numerusform>خدمتان</numerusform>
            <numerusform>%Ln خدمات</numerusform>
            <numerusform>%Ln خدمة</numerusform>
            <numerusform>%Ln خدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/pane.py" line="381"/>
        <source>%Ln categories</source>
        <translation>
            <numerusform>%Ln فئة</numerusform>
            <numerusform>فئة واحدة</numerusform>
            <numerusform>فئتين</numerusform>
            <numerusform>%Ln فئات</numerusform>
            <numerusform>%Ln فئة</numerusform>
            <numerusform>%Ln فئة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="382"/>
        <source>%1 in %2</source>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="384"/>
        <source>No favourites yet: select a service and press Ctrl+D to star it</source>
        <translation>لا توجد مفضلات بعد: اختر خدمة واضغط Ctrl+D لتمييزها بنجمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="388"/>
        <source>No services match “%1”</source>
        <translation>لا توجد خدمات تطابق «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/pane.py" line="390"/>
        <source>No services match these filters</source>
        <translation>لا توجد خدمات تطابق عوامل التصفية هذه</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="122"/>
        <source>When</source>
        <extracomment>rows read at most (the newest): reading and sorting them stays well under a frame budget of the GUI thread&apos;s patience (~40 ms), whatever the history holds columns, in order: when, panel, service id, service name, change, before, after the kinds that cost the user (red) or save them money (green); the words say it too kinds whose before / after are numbers (aligned as numbers are)</extracomment>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="123"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="124"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="125"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="126"/>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="127"/>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="128"/>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="149"/>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>ChangesWindow</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="189"/>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="197"/>
        <source>Catalogue changes</source>
        <translation>تغييرات قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="228"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="230"/>
        <source>Period</source>
        <translation>المدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="232"/>
        <source>Last 7 days</source>
        <translation>آخر سبعة أيام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="233"/>
        <source>Last 30 days</source>
        <translation>آخر ثلاثين يومًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="234"/>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="235"/>
        <source>Between dates</source>
        <translation>بين تاريخين</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="243"/>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="244"/>
        <source>To this day (included)</source>
        <translation>حتى هذا اليوم (ضمنًا)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="252"/>
        <source>Kind of change</source>
        <translation>نوع التغيير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="253"/>
        <source>All changes</source>
        <translation>كل التغييرات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="254"/>
        <source>Rate up or gone</source>
        <translation>ارتفع سعرها أو اختفت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="257"/>
        <source>&amp;Favourites only</source>
        <translation>المف&amp;ضلة فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="261"/>
        <source>&amp;Panel:</source>
        <translation>ال&amp;لوحة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="262"/>
        <source>P&amp;eriod:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="270"/>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="285"/>
        <source>All panels</source>
        <translation>كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="344"/>
        <source>No changes for this choice. A panel&apos;s changes are recorded from its second catalogue refresh on: the first one is what later ones are compared with.</source>
        <translation>لا تغييرات لهذا الاختيار. تُسجَّل تغييرات اللوحة بدءًا من التحديث الثاني لقائمة خدماتها: فالأول هو ما يُقارَن به ما يليه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="359"/>
        <source>The catalogue history could not be read from the database.</source>
        <translation>تعذّرت قراءة سجل قائمة الخدمات من قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/changes.py" line="366"/>
        <source>The newest %1 changes: narrow the period to see older ones</source>
        <translation>أحدث %1 تغيير: ضيّق المدة لرؤية الأقدم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/changes.py" line="371"/>
        <source>%Ln changes</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%Ln تغييرات</numerusform>
            <numerusform>%Ln تغييرًا</numerusform>
            <numerusform>%Ln تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="38"/>
        <source>The quantity is outside its limits</source>
        <translation>الكمية خارج حدودها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="45"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="47"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="49"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="56"/>
        <source>No orders yet</source>
        <translation>لا طلبات بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="59"/>
        <source>Not enough orders (%1 of %2)</source>
        <translation>طلبات غير كافية (%1 من %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="68"/>
        <source>Cheapest that fits</source>
        <translation>الأرخص المناسب للكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="73"/>
        <source>The selected service</source>
        <translation>الخدمة المختارة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="79"/>
        <source>Compared as: %1 · %2</source>
        <translation>تُقارن على أنها: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/compare.py" line="87"/>
        <source>SMMDesk cannot tell what this service is, so it compares it with nothing.</source>
        <translation>لا يستطيع SMMDesk أن يعرف ما هذه الخدمة، لذا لا يقارنها بشيء.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="275"/>
        <source>Compare across panels</source>
        <translation>المقارنة بين اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="284"/>
        <source>Same &amp;country</source>
        <translation>البلد &amp;نفسه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="285"/>
        <source>&amp;Refill at least as long</source>
        <translation>إعادة &amp;تعبئة لمدة لا تقل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="286"/>
        <source>&amp;Non-drop</source>
        <translation>&amp;بلا نقص</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="289"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="290"/>
        <source>Any</source>
        <translation>أي كمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="300"/>
        <source>&amp;Order here</source>
        <translation>ا&amp;طلب من هنا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="322"/>
        <source>The same service on every panel</source>
        <translation>الخدمة نفسها في كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="357"/>
        <source>Only:</source>
        <translation>فقط:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="362"/>
        <source>&amp;Quantity:</source>
        <translation>ال&amp;كمية:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="385"/>
        <source>Service %1 on %2: %3</source>
        <translation>الخدمة %1 في %2: %3</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="395"/>
        <source>Link: %1</source>
        <translation>الرابط: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/compare.py" line="439"/>
        <source>%Ln equivalent services</source>
        <translation>
            <numerusform>%Ln خدمة مكافئة</numerusform>
            <numerusform>خدمة مكافئة واحدة</numerusform>
            <numerusform>خدمتان مكافئتان</numerusform>
            <numerusform>%Ln خدمات مكافئة</numerusform>
            <numerusform>%Ln خدمة مكافئة</numerusform>
            <numerusform>%Ln خدمة مكافئة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="474"/>
        <source>No service here can be ranked as the cheapest.</source>
        <translation>لا توجد هنا خدمة يمكن ترتيبها على أنها الأرخص.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="477"/>
        <source>Cheapest that fits: %1, service %2, %3</source>
        <translation>الأرخص المناسب للكمية: %1، الخدمة %2، %3</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="76"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="77"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="78"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="79"/>
        <source>Rate per 1000</source>
        <translation>السعر لكل ألف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="80"/>
        <source>Panel&apos;s rate</source>
        <translation>سعر اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="81"/>
        <source>Min</source>
        <translation>الحد الأدنى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="82"/>
        <source>Max</source>
        <translation>الحد الأقصى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="83"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="84"/>
        <source>Cancel</source>
        <translation>الإلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="85"/>
        <source>Drip-feed</source>
        <translation>التغذية بالتقطير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="86"/>
        <source>Your median time</source>
        <translation>وسيط مدة طلباتك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="193"/>
        <source>Lifetime</source>
        <translation>مدى الحياة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/catalog/compare.py" line="195"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="196"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/compare.py" line="196"/>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>Comparing</name>
    <message>
        <location filename="../../smmdesk/gui/compare.py" line="213"/>
        <source>Reading every panel&apos;s catalogue…</source>
        <translation>جارٍ قراءة كتالوج كل لوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/compare.py" line="216"/>
        <source>Updating: %1</source>
        <translation>جارٍ التحديث: %1</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="91"/>
        <source>Enter the panel&apos;s API URL (it is shown on the panel&apos;s API page).</source>
        <translation>أدخل رابط API الخاص باللوحة (يظهر في صفحة API في اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="96"/>
        <source>This does not look like a web address. Example: https://example.com/api/v2</source>
        <translation>لا يبدو هذا عنوان ويب. مثال: https://example.com/api/v2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="102"/>
        <source>The URL contains the API key or an action. Enter the address without them (the key goes in its own field).</source>
        <translation>يحتوي الرابط على مفتاح API أو على إجراء. أدخل العنوان بدونهما (يُكتب المفتاح في حقله الخاص).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="163"/>
        <source>The panel refused this API key. Copy it again from the panel&apos;s API page (it may have been regenerated).</source>
        <translation>رفضت اللوحة مفتاح API هذا. انسخه مجددًا من صفحة API في اللوحة (ربما أُعيد إنشاؤه).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="169"/>
        <source>The panel&apos;s firewall (Cloudflare or similar) answered instead of the API. Try again later, or set a browser User-Agent under Advanced — some panels block programs that do not look like a browser.</source>
        <translation>أجاب جدار الحماية الخاص باللوحة (Cloudflare أو ما يشبهه) بدلًا من واجهة API. حاول مجددًا لاحقًا، أو عيّن User-Agent لمتصفح ضمن «متقدم» — فبعض اللوحات تحظر البرامج التي لا تبدو كمتصفح.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="186"/>
        <source>The panel URL redirects to another address: {target}. Use that address as the panel URL.</source>
        <translation>يحوّل رابط اللوحة إلى عنوان آخر: {target}. استخدم ذلك العنوان رابطًا للوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="193"/>
        <source>This address answered with a web page, not the panel API — check the URL (usually ends in /api/v2).</source>
        <translation>أجاب هذا العنوان بصفحة ويب وليس بواجهة API للوحة — تحقّق من الرابط (ينتهي عادةً بـ ‎/api/v2).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="198"/>
        <source>The panel&apos;s answer could not be read as the panel API. Check the URL (usually ends in /api/v2); the panel may also be under maintenance.</source>
        <translation>تعذّرت قراءة ردّ اللوحة كواجهة API. تحقّق من الرابط (ينتهي عادةً بـ ‎/api/v2)؛ وقد تكون اللوحة أيضًا قيد الصيانة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="253"/>
        <source>The panel asks to slow down (too many requests). Wait a minute and try again.</source>
        <translation>تطلب اللوحة الإبطاء (طلبات كثيرة جدًا). انتظر دقيقة ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="207"/>
        <source>The secure connection failed (certificate) with {host}. Check the address; if your network inspects traffic, ask its administrator.</source>
        <translation>فشل الاتصال الآمن (الشهادة) مع {host}. تحقّق من العنوان؛ وإذا كانت شبكتك تفحص حركة المرور فاسأل مسؤولها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="213"/>
        <source>Could not reach {host}: no server has this name. Check the spelling of the address.</source>
        <translation>تعذّر الوصول إلى {host}: لا يوجد خادم بهذا الاسم. تحقّق من كتابة العنوان.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="218"/>
        <source>Could not reach {host}: it did not answer within a few seconds. Check the address and your internet connection.</source>
        <translation>تعذّر الوصول إلى {host}: لم يُجب خلال بضع ثوانٍ. تحقّق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="224"/>
        <source>Could not reach {host}. Check the address and your internet connection.</source>
        <translation>تعذّر الوصول إلى {host}. تحقّق من العنوان ومن اتصالك بالإنترنت.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="233"/>
        <source>The panel at {host} took too long to answer. It may be overloaded — try again in a moment.</source>
        <translation>استغرقت اللوحة على {host} وقتًا طويلًا للرد. ربما تكون مثقلة — حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="239"/>
        <source>The panel&apos;s server had an error. It may be under maintenance — try again later.</source>
        <translation>حدث خطأ في خادم اللوحة. ربما تكون قيد الصيانة — حاول مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="244"/>
        <source>The connection to {host} broke before the panel answered. Try again in a moment.</source>
        <translation>انقطع الاتصال بـ {host} قبل أن تُجيب اللوحة. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="258"/>
        <source>The panel answered with an error: {text}</source>
        <translation>أجابت اللوحة بخطأ: {text}</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_check.py" line="263"/>
        <source>Unexpected error while checking the panel ({kind}).</source>
        <translation>خطأ غير متوقع أثناء التحقق من اللوحة ({kind}).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="20"/>
        <source>Demo panel</source>
        <translation>لوحة تجريبية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="27"/>
        <source>Demo panel B</source>
        <translation>لوحة تجريبية ب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/profiles.py" line="28"/>
        <source>Demo panel C (EUR)</source>
        <translation>لوحة تجريبية ج (EUR)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="69"/>
        <source>Edit panel</source>
        <translation>تعديل اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="71"/>
        <source>Connect a panel</source>
        <translation>ربط لوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="78"/>
        <source>Enter the API URL and the API key shown on your panel&apos;s API page. SMMDesk checks them with the panel before saving.</source>
        <translation>أدخل رابط API ومفتاح API الظاهرين في صفحة API في لوحتك. يتحقق SMMDesk منهما مع اللوحة قبل الحفظ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="97"/>
        <source>Profile name</source>
        <translation>اسم ملف اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="100"/>
        <source>A name you will recognise</source>
        <translation>اسم تتعرّف عليه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="103"/>
        <source>API URL</source>
        <translation>رابط API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="114"/>
        <source>This panel URL is not encrypted (http). Your API key would be sent in clear text.</source>
        <translation>رابط هذه اللوحة غير مشفّر (http). سيُرسَل مفتاح API الخاص بك نصًّا مكشوفًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="123"/>
        <source>Send my key unencrypted</source>
        <translation>أرسل مفتاحي دون تشفير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="126"/>
        <source>Anyone on the network path could read the key. Prefer an https:// address.</source>
        <translation>يستطيع أي أحد على مسار الشبكة قراءة المفتاح. فضّل عنوانًا يبدأ بـ https://‏.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="133"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="155"/>
        <source>Advanced</source>
        <translation>متقدم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="164"/>
        <source>User-Agent</source>
        <translation>وكيل المستخدم (User-Agent)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="167"/>
        <source>SMMDesk&apos;s own (default)</source>
        <translation>الخاص بـ SMMDesk (الافتراضي)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="172"/>
        <source>Some panels&apos; firewalls block programs that do not look like a web browser. If the check reports a firewall page, paste your browser&apos;s User-Agent here.</source>
        <translation>تحظر جدران الحماية في بعض اللوحات البرامج التي لا تبدو كمتصفح ويب. إذا أبلغ التحقق عن صفحة جدار حماية، فالصق هنا قيمة User-Agent الخاصة بمتصفحك.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="187"/>
        <source>&amp;User-Agent:</source>
        <translation>&amp;وكيل المستخدم:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="190"/>
        <source>&amp;Known panels:</source>
        <translation>اللوحات ال&amp;معروفة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="192"/>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="193"/>
        <source>API &amp;URL:</source>
        <translation>را&amp;بط API:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="194"/>
        <source>API &amp;key:</source>
        <translation>&amp;مفتاح API:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="89"/>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="239"/>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="391"/>
        <source>Check &amp;&amp; save</source>
        <translation>تحقّق واحفظ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="292"/>
        <source>•••••• (stored in the keyring — leave empty to keep)</source>
        <translation>•••••• (محفوظ في مخزن المفاتيح — اتركه فارغًا للإبقاء عليه)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="298"/>
        <source>No key is stored: paste it here</source>
        <translation>لا يوجد مفتاح محفوظ: الصقه هنا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="283"/>
        <source>Paste the key from the panel&apos;s API page</source>
        <translation>الصق المفتاح من صفحة API في اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="66"/>
        <source>API key needed</source>
        <translation>مطلوب مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="229"/>
        <source>Checking the panel</source>
        <translation>جارٍ التحقق من اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="335"/>
        <source>Hide API key</source>
        <translation>إخفاء مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="337"/>
        <source>Show API key</source>
        <translation>إظهار مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="379"/>
        <source>The demo panel runs inside SMMDesk on this computer: it needs no key and nothing is sent anywhere.</source>
        <translation>تعمل اللوحة التجريبية داخل SMMDesk على هذا الحاسوب: لا تحتاج إلى مفتاح ولا يُرسَل شيء إلى أي مكان.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect_form.py" line="386"/>
        <source>Open the demo panel</source>
        <translation>افتح اللوحة التجريبية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="89"/>
        <source>Checking…</source>
        <extracomment>short on purpose: the user is waiting for this one answer one retry rides out a hiccup; more would keep the user waiting on a wrong address</extracomment>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="108"/>
        <source>The address now points to another server: enter its API key.</source>
        <translation>يشير العنوان الآن إلى خادم آخر: أدخل مفتاح API الخاص به.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="115"/>
        <source>Enter the API key from the panel&apos;s API page.</source>
        <translation>أدخل مفتاح API من صفحة API في اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="148"/>
        <source>This address is not encrypted (http://): your key would travel in clear text. Use the https:// address, or tick “Send my key unencrypted”.</source>
        <translation>هذا العنوان غير مشفّر (http://‏): سينتقل مفتاحك نصًّا مكشوفًا. استخدم العنوان الذي يبدأ بـ https://‏، أو حدّد «أرسل مفتاحي دون تشفير».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="170"/>
        <source>Checking the panel…</source>
        <translation>جارٍ التحقق من اللوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="214"/>
        <source>The panel answered, but the profile could not be saved: {error}</source>
        <translation>أجابت اللوحة، لكن تعذّر حفظ ملفها: {error}</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="229"/>
        <source>Saving the key…</source>
        <translation>جارٍ حفظ المفتاح…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="241"/>
        <source>API key not stored</source>
        <translation>لم يُحفظ مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="259"/>
        <source>The system keyring did not take the key (it is locked or not answering): the key is kept for this session only and you will need to enter it again next time.</source>
        <translation>لم يقبل مخزن المفاتيح في النظام المفتاح (فهو مقفل أو لا يستجيب): سيُحتفظ بالمفتاح لهذه الجلسة فقط وستحتاج إلى إدخاله مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/connect.py" line="264"/>
        <source>No secure keyring is available on this system: the key is kept for this session only and you will need to enter it again next time.</source>
        <translation>لا يتوفر مخزن مفاتيح آمن على هذا النظام: سيُحتفظ بالمفتاح لهذه الجلسة فقط وستحتاج إلى إدخاله مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="44"/>
        <source>Built-in demo panel</source>
        <extracomment>smmpans.com&apos;s API URL, exactly as that panel&apos;s API documentation gives it</extracomment>
        <translation>لوحة تجريبية مدمجة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="102"/>
        <source>Enter the API URL: your key is sent only to that address.</source>
        <translation>أدخل رابط API: لن يُرسَل مفتاحك إلا إلى ذلك العنوان.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="106"/>
        <source>Your key will be sent to: %1</source>
        <translation>سيُرسَل مفتاحك إلى: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="114"/>
        <source>SMMDesk needs this panel&apos;s API key. There is no secure keyring on this system, so the key cannot be remembered: it is kept for this session only, and you will be asked for it again next time.</source>
        <translation>يحتاج SMMDesk إلى مفتاح API لهذه اللوحة. لا يوجد مخزن مفاتيح آمن على هذا النظام، لذا لا يمكن تذكّر المفتاح: سيُحتفظ به لهذه الجلسة فقط، وسيُطلب منك مجددًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="120"/>
        <source>SMMDesk could not read this panel&apos;s API key: the system keyring is locked (its unlock request was dismissed or failed). Enter the key to go on; it is saved in the keyring if the keyring opens, otherwise kept for this session only.</source>
        <translation>تعذّر على SMMDesk قراءة مفتاح API لهذه اللوحة: مخزن المفاتيح في النظام مقفل (أُغلق طلب فتحه أو فشل). أدخل المفتاح للمتابعة؛ سيُحفظ في مخزن المفاتيح إن انفتح، وإلا فسيُحتفظ به لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="126"/>
        <source>SMMDesk could not read this panel&apos;s API key: the system keyring did not answer. Enter the key to go on; it is saved in the keyring if it works again, otherwise kept for this session only.</source>
        <translation>تعذّر على SMMDesk قراءة مفتاح API لهذه اللوحة: لم يستجب مخزن المفاتيح في النظام. أدخل المفتاح للمتابعة؛ سيُحفظ في مخزن المفاتيح إن عاد للعمل، وإلا فسيُحتفظ به لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="135"/>
        <source>The system keyring holds no API key for this panel: the saved key was deleted, or it was kept only for an earlier session. Enter the key from the panel&apos;s API page.</source>
        <translation>لا يحوي مخزن المفاتيح في النظام مفتاح API لهذه اللوحة: إما أن المفتاح المحفوظ حُذف، أو أنه حُفظ لجلسة سابقة فقط. أدخل المفتاح من صفحة API في اللوحة.</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="19"/>
        <source>about %1 min</source>
        <translation>نحو %1 د</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="26"/>
        <source>about %1 h</source>
        <translation>نحو %1 س</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="30"/>
        <source>about %1 h %2 min</source>
        <translation>نحو %1 س و%2 د</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="37"/>
        <source>about %1 d</source>
        <translation>نحو %1 ي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="41"/>
        <source>about %1 d %2 h</source>
        <translation>نحو %1 ي و%2 س</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="53"/>
        <source>not enough orders yet (%1 of %2 needed)</source>
        <translation>الطلبات غير كافية بعد (%1 من %2 مطلوبة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="63"/>
        <source>No orders of this service yet</source>
        <translation>لا طلبات لهذه الخدمة بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="65"/>
        <source>Orders: %1 (%2 still running)</source>
        <translation>الطلبات: %1 (%2 قيد التنفيذ)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="69"/>
        <source>Orders: %1</source>
        <translation>الطلبات: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="75"/>
        <source>Outcomes: %1</source>
        <translation>النتائج: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="81"/>
        <source>Completed %1 · partial %2 · cancelled %3</source>
        <translation>مكتمل %1 · جزئي %2 · ملغى %3</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="88"/>
        <source>Time to complete: %1</source>
        <translation>مدة الإكمال: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="94"/>
        <source>Time to complete: usually %1; %3 within %2</source>
        <translation>مدة الإكمال: عادةً %1؛ و%3 منها خلال %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="102"/>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="108"/>
        <source>Started within an hour: %1</source>
        <translation>بدأت خلال ساعة: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="117"/>
        <source>No change since %1.</source>
        <translation>لا تغيير منذ %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="121"/>
        <source>Usual time unknown (too few completed orders); stuck after %1 without change.</source>
        <translation>المدة المعتادة غير معروفة (الطلبات المكتملة قليلة)؛ يُعدّ الطلب عالقًا بعد %1 دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="127"/>
        <source>%3 of this service&apos;s orders complete within %1; stuck after %2 without change.</source>
        <translation>تكتمل %3 من طلبات هذه الخدمة خلال %1؛ ويُعدّ الطلب عالقًا بعد %2 دون تغيير.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="135"/>
        <source>You may want to ask the panel about it.</source>
        <translation>قد ترغب في سؤال اللوحة عنه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/delivery.py" line="141"/>
        <source>%1 · stuck</source>
        <translation>%1 · عالق</translation>
    </message>
</context>
<context>
    <name>ImportOrdersDialog</name>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="52"/>
        <source>Add Order IDs</source>
        <translation>إضافة أرقام طلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="58"/>
        <source>Track orders placed elsewhere (on the panel&apos;s website or another device). Paste their order IDs from “%1”, separated by spaces, commas or new lines.</source>
        <translation>تابِع طلبات قُدِّمت من مكان آخر (من موقع اللوحة أو جهاز آخر). الصق أرقام طلباتها من «%1»، مفصولة بمسافات أو فواصل أو أسطر جديدة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="86"/>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="107"/>
        <source>1 order ID</source>
        <translation>رقم طلب واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="107"/>
        <source>%Ln order IDs</source>
        <translation>
            <numerusform>لا أرقام طلبات</numerusform>
            <numerusform>رقم طلب واحد</numerusform>
            <numerusform>رقما طلبين</numerusform>
            <numerusform>%Ln أرقام طلبات</numerusform>
            <numerusform>%Ln رقم طلب</numerusform>
            <numerusform>%Ln رقم طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="110"/>
        <source>%Ln given twice</source>
        <translation>
            <numerusform>لا تكرار</numerusform>
            <numerusform>رقم واحد مكرر</numerusform>
            <numerusform>رقمان مكرران</numerusform>
            <numerusform>%Ln أرقام مكررة</numerusform>
            <numerusform>%Ln رقمًا مكررًا</numerusform>
            <numerusform>%Ln رقم مكرر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="68"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="112"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="166"/>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="196"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="127"/>
        <source>Checking %Ln order IDs with the panel…</source>
        <translation>
            <numerusform>لا أرقام طلبات للتحقق منها…</numerusform>
            <numerusform>جارٍ التحقق من رقم طلب واحد لدى اللوحة…</numerusform>
            <numerusform>جارٍ التحقق من رقمي طلبين لدى اللوحة…</numerusform>
            <numerusform>جارٍ التحقق من %Ln أرقام طلبات لدى اللوحة…</numerusform>
            <numerusform>جارٍ التحقق من %Ln رقم طلب لدى اللوحة…</numerusform>
            <numerusform>جارٍ التحقق من %Ln رقم طلب لدى اللوحة…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="151"/>
        <source>%Ln orders imported.</source>
        <translation>
            <numerusform>لم يُستورد أي طلب.</numerusform>
            <numerusform>استُورد طلب واحد.</numerusform>
            <numerusform>استُورد طلبان.</numerusform>
            <numerusform>استُوردت %Ln طلبات.</numerusform>
            <numerusform>استُورد %Ln طلبًا.</numerusform>
            <numerusform>استُورد %Ln طلب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="183"/>
        <source>%1 was not added: the panel answered “%2”.</source>
        <translation>لم يُضَف %1: ردّت اللوحة بـ«%2».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="113"/>
        <source>not order IDs: %1</source>
        <translation>ليست أرقام طلبات: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="73"/>
        <source>Order IDs to add</source>
        <translation>أرقام الطلبات المراد إضافتها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="82"/>
        <source>Import result</source>
        <translation>نتيجة الاستيراد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="125"/>
        <source>Checking 1 order ID with the panel…</source>
        <translation>جارٍ التحقق من رقم طلب واحد لدى اللوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="149"/>
        <source>1 order imported.</source>
        <translation>استُورد طلب واحد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="171"/>
        <source>Imported and now tracked: %1</source>
        <translation>استُوردت وتجري متابعتها الآن: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="177"/>
        <source>Already tracked, not added again: %1</source>
        <translation>متابَعة بالفعل، لم تُضَف مجددًا: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="189"/>
        <source>%1 was not added: the panel&apos;s answer did not mention it.</source>
        <translation>لم يُضَف %1: لم يذكره رد اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="194"/>
        <source>Given more than once: %1</source>
        <translation>مُدخلة أكثر من مرة: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="197"/>
        <source>Not order IDs, ignored: %1</source>
        <translation>ليست أرقام طلبات، تم تجاهلها: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="200"/>
        <source>Stopped: %1</source>
        <translation>توقّف: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/import_dialog.py" line="202"/>
        <source>Not checked: %1</source>
        <translation>لم يُتحقَّق منها: %1</translation>
    </message>
</context>
<context>
    <name>InterruptedDrafts</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="33"/>
        <source>Load them</source>
        <translation>تحميلها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="36"/>
        <source>Discard</source>
        <translation>تجاهلها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="56"/>
        <source>1 line of an earlier mass order was never sent: SMMDesk stopped during that run. Load it to check and place it again, or discard it.</source>
        <translation>سطر واحد من طلب جماعي سابق لم يُرسَل قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّله لفحصه وتقديمه مجددًا، أو تجاهله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/recovery.py" line="61"/>
        <source>%Ln lines of an earlier mass order were never sent: SMMDesk stopped during that run. Load them to check and place them again, or discard them.</source>
        <translation>
            <numerusform>لا أسطر من طلب جماعي سابق تنتظر الإرسال.</numerusform>
            <numerusform>سطر واحد من طلب جماعي سابق لم يُرسَل قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّله لفحصه وتقديمه مجددًا، أو تجاهله.</numerusform>
            <numerusform>سطران من طلب جماعي سابق لم يُرسَلا قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّلهما لفحصهما وتقديمهما مجددًا، أو تجاهلهما.</numerusform>
            <numerusform>%Ln أسطر من طلب جماعي سابق لم تُرسَل قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّلها لفحصها وتقديمها مجددًا، أو تجاهلها.</numerusform>
            <numerusform>%Ln سطرًا من طلب جماعي سابق لم تُرسَل قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّلها لفحصها وتقديمها مجددًا، أو تجاهلها.</numerusform>
            <numerusform>%Ln سطر من طلب جماعي سابق لم تُرسَل قط: توقّف SMMDesk أثناء ذلك التشغيل. حمِّلها لفحصها وتقديمها مجددًا، أو تجاهلها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="13"/>
        <source>Instagram</source>
        <translation>إنستغرام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="14"/>
        <source>YouTube</source>
        <translation>يوتيوب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="15"/>
        <source>TikTok</source>
        <translation>تيك توك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="16"/>
        <source>Facebook</source>
        <translation>فيسبوك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="17"/>
        <source>X (Twitter)</source>
        <translation>إكس (تويتر)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="18"/>
        <source>Telegram</source>
        <translation>تيليجرام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="19"/>
        <source>Spotify</source>
        <translation>سبوتيفاي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="20"/>
        <source>SoundCloud</source>
        <translation>ساوند كلاود</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="21"/>
        <source>Twitch</source>
        <translation>تويتش</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="22"/>
        <source>LinkedIn</source>
        <translation>لينكد إن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="23"/>
        <source>Pinterest</source>
        <translation>بينترست</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="24"/>
        <source>Threads</source>
        <translation>ثريدز</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="25"/>
        <source>Snapchat</source>
        <translation>سناب شات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="26"/>
        <source>Discord</source>
        <translation>ديسكورد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="27"/>
        <source>Kick</source>
        <translation>كيك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="28"/>
        <source>Reddit</source>
        <translation>ريديت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="29"/>
        <source>Quora</source>
        <translation>كورا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="30"/>
        <source>Vimeo</source>
        <translation>فيميو</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="31"/>
        <source>Tumblr</source>
        <translation>تمبلر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="32"/>
        <source>Google</source>
        <translation>جوجل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="33"/>
        <source>Website traffic</source>
        <translation>زيارات المواقع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="34"/>
        <source>Apps</source>
        <translation>التطبيقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="35"/>
        <source>Apple Music</source>
        <translation>آبل ميوزك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="36"/>
        <source>Deezer</source>
        <translation>ديزر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="37"/>
        <source>Audiomack</source>
        <translation>أوديوماك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="38"/>
        <source>Podcasts</source>
        <translation>البودكاست</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="39"/>
        <source>IMDb</source>
        <translation>آي إم دي بي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="40"/>
        <source>VK</source>
        <translation>في كي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="41"/>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="42"/>
        <source>Trustpilot</source>
        <translation>ترستبايلوت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="43"/>
        <source>Shazam</source>
        <translation>شازام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="44"/>
        <source>Tidal</source>
        <translation>تايدل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="45"/>
        <source>Dailymotion</source>
        <translation>ديلي موشن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="46"/>
        <source>Rumble</source>
        <translation>رامبل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="47"/>
        <source>Kwai</source>
        <translation>كواي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="48"/>
        <source>Likee</source>
        <translation>لايكي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="51"/>
        <source>Platform not stated</source>
        <translation>منصة غير مذكورة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="58"/>
        <source>Followers</source>
        <translation>متابعون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="59"/>
        <source>Likes</source>
        <translation>إعجابات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="60"/>
        <source>Page likes</source>
        <translation>إعجابات الصفحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="61"/>
        <source>Comment likes</source>
        <translation>إعجابات التعليقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="62"/>
        <source>Dislikes</source>
        <translation>عدم إعجاب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="63"/>
        <source>Views</source>
        <translation>مشاهدات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="64"/>
        <source>Story views</source>
        <translation>مشاهدات القصص</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="65"/>
        <source>Live viewers</source>
        <translation>مشاهدو البث المباشر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="66"/>
        <source>Watch time</source>
        <translation>ساعات المشاهدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="67"/>
        <source>Comments</source>
        <translation>تعليقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="68"/>
        <source>Shares</source>
        <translation>مشاركات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="69"/>
        <source>Subscribers</source>
        <translation>مشتركون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="70"/>
        <source>Members</source>
        <translation>أعضاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="71"/>
        <source>Plays</source>
        <translation>تشغيلات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="72"/>
        <source>Saves</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="73"/>
        <source>Listeners</source>
        <translation>مستمعون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="74"/>
        <source>Traffic</source>
        <translation>زيارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="75"/>
        <source>Profile visits</source>
        <translation>زيارات الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="76"/>
        <source>Impressions</source>
        <translation>مرات الظهور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="77"/>
        <source>Reach</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="78"/>
        <source>Votes</source>
        <translation>أصوات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="79"/>
        <source>Upvotes</source>
        <translation>أصوات مؤيدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="80"/>
        <source>Downvotes</source>
        <translation>أصوات معارضة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="81"/>
        <source>Reposts</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="82"/>
        <source>Reviews</source>
        <translation>مراجعات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="83"/>
        <source>Installs</source>
        <translation>تثبيتات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="84"/>
        <source>Mentions</source>
        <translation>إشارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="85"/>
        <source>Reactions</source>
        <translation>تفاعلات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="86"/>
        <source>Friends</source>
        <translation>أصدقاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="87"/>
        <source>Connections</source>
        <translation>اتصالات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="88"/>
        <source>Engagement</source>
        <translation>تفاعل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="89"/>
        <source>Packages</source>
        <translation>باقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/kinds.py" line="92"/>
        <source>Product not stated</source>
        <translation>نوع خدمة غير مذكور</translation>
    </message>
</context>
<context>
    <name>KnownPanelsBox</name>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="57"/>
        <source>Known panels</source>
        <translation>اللوحات المعروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/known.py" line="58"/>
        <source>Pick a known panel, or type the URL below</source>
        <translation>اختر لوحة معروفة، أو اكتب الرابط أدناه</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <location filename="../../smmdesk/gui/widgets/announce.py" line="60"/>
        <source>Clear text</source>
        <translation>امسح النص</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="220"/>
        <location filename="../../smmdesk/gui/smoke.py" line="158"/>
        <source>&amp;Quit</source>
        <extracomment>a window not painted by then (started minimised, hidden) goes online all the same</extracomment>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="224"/>
        <source>&amp;Connect a Panel…</source>
        <translation>&amp;ربط لوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="227"/>
        <source>Add a panel with its API URL and key</source>
        <translation>أضف لوحة برابط API ومفتاحها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="230"/>
        <source>&amp;Manage Panels…</source>
        <translation>&amp;إدارة اللوحات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="233"/>
        <source>Add, edit, remove or switch panel profiles</source>
        <translation>أضف ملفات اللوحات أو عدّلها أو أزِلها أو بدّل بينها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="235"/>
        <source>Open the &amp;Demo Panel</source>
        <translation>ا&amp;فتح اللوحة التجريبية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="237"/>
        <source>&amp;All Panels…</source>
        <translation>&amp;كل اللوحات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="240"/>
        <source>Search the services of every panel at once</source>
        <translation>ابحث في خدمات كل اللوحات دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="243"/>
        <source>C&amp;ompare Across Panels…</source>
        <translation>ال&amp;مقارنة بين اللوحات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="246"/>
        <source>The selected service on every panel, side by side, cheapest first</source>
        <translation>الخدمة المختارة في كل اللوحات جنبًا إلى جنب، الأرخص أولًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="249"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="252"/>
        <source>Fetch the service catalogue and the balance again</source>
        <translation>اجلب قائمة الخدمات والرصيد من جديد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="255"/>
        <source>Catalogue &amp;Changes…</source>
        <translation>ت&amp;غييرات قائمة الخدمات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="258"/>
        <source>What changed in the panels&apos; catalogues: prices, limits, names, ids</source>
        <translation>ما تغيّر في قوائم خدمات اللوحات: الأسعار والحدود والأسماء والأرقام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="261"/>
        <source>&amp;Find Service</source>
        <translation>&amp;بحث عن خدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="268"/>
        <source>&amp;Place Order</source>
        <translation>&amp;تقديم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="271"/>
        <source>Place the order in the form</source>
        <translation>قدّم الطلب الموجود في النموذج</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="276"/>
        <source>&amp;Mass Order…</source>
        <translation>طلب &amp;جماعي…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="279"/>
        <source>Place many orders at once from pasted lines</source>
        <translation>قدّم طلبات كثيرة دفعة واحدة من أسطر ملصوقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="281"/>
        <source>&amp;Settings…</source>
        <translation>ال&amp;إعدادات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="286"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="291"/>
        <source>&amp;Next Pane</source>
        <translation>ال&amp;جزء التالي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="294"/>
        <source>Pre&amp;vious Pane</source>
        <translation>الجزء ال&amp;سابق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="296"/>
        <source>Reset &amp;Layout</source>
        <translation>إعادة ضبط ال&amp;تخطيط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="298"/>
        <source>&amp;Spending…</source>
        <translation>الإ&amp;نفاق…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="301"/>
        <source>What you spent, by day, week or month, per panel, service or platform</source>
        <translation>ما أنفقته، يومًا بيوم أو أسبوعًا أو شهرًا، لكل لوحة أو خدمة أو منصة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="304"/>
        <source>&amp;Balances</source>
        <translation>الأ&amp;رصدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="307"/>
        <source>Every panel&apos;s balance, recent spending and the total</source>
        <translation>رصيد كل لوحة والإنفاق الأخير والمجموع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="309"/>
        <source>&amp;About SMMDesk</source>
        <translation>&amp;حول SMMDesk</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="311"/>
        <source>About &amp;Qt</source>
        <translation>حول &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="316"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="320"/>
        <source>&amp;Panel</source>
        <translation>ال&amp;لوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="330"/>
        <source>&amp;Order</source>
        <translation>ال&amp;طلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="333"/>
        <source>O&amp;rders</source>
        <translation>الطل&amp;بات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="335"/>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="345"/>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="352"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="356"/>
        <source>Panel:</source>
        <translation>اللوحة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="608"/>
        <source>Catalogue updated: %1 added, %2 removed, %3 rate changes</source>
        <translation>تحدّثت قائمة الخدمات: %1 مضافة، و%2 محذوفة، و%3 تغييرات في الأسعار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="657"/>
        <source>Wait for the service catalogue to load.</source>
        <translation>انتظر حتى تُحمَّل قائمة الخدمات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="678"/>
        <source>Unfinished mass order</source>
        <translation>طلب جماعي غير مكتمل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="679"/>
        <source>A mass order was interrupted before all its lines were sent.</source>
        <translation>توقّف طلب جماعي قبل إرسال كل أسطره.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="680"/>
        <source>Open the mass order window to review and send the remaining lines?</source>
        <translation>هل تفتح نافذة الطلب الجماعي لمراجعة الأسطر المتبقية وإرسالها؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="681"/>
        <source>Review lines</source>
        <translation>راجع الأسطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="771"/>
        <source>Choose a service to compare first.</source>
        <translation>اختر خدمة لمقارنتها أولًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="823"/>
        <source>Service %1 is no longer in this panel&apos;s catalogue.</source>
        <translation>لم تعد الخدمة %1 موجودة في قائمة خدمات هذه اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="22"/>
        <source>a mass order (%1 of %2 sent)</source>
        <translation>طلب جماعي (أُرسل %1 من %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="27"/>
        <source>an order</source>
        <translation>طلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="28"/>
        <source>a mass order</source>
        <translation>طلب جماعي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="29"/>
        <source>a refill request</source>
        <translation>طلب إعادة تعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="30"/>
        <source>a cancel request</source>
        <translation>طلب إلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="37"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="48"/>
        <source>An order is being sent</source>
        <translation>جارٍ إرسال طلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="49"/>
        <source>SMMDesk is waiting for the panel&apos;s answer to an order.</source>
        <translation>ينتظر SMMDesk ردّ اللوحة على طلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="52"/>
        <source>If you quit now, the order may or may not be placed; SMMDesk will mark it as unknown and ask you to check it next time.</source>
        <translation>إذا خرجت الآن فقد يُقدَّم الطلب وقد لا يُقدَّم؛ سيضع SMMDesk عليه علامة «نتيجة غير معروفة» ويطلب منك التحقق منه في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="57"/>
        <location filename="../../smmdesk/gui/quit_guard.py" line="72"/>
        <source>Quit anyway</source>
        <translation>اخرج على أي حال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="58"/>
        <location filename="../../smmdesk/gui/quit_guard.py" line="73"/>
        <source>Keep SMMDesk open</source>
        <translation>أبقِ SMMDesk مفتوحًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="62"/>
        <source>Requests are being sent</source>
        <translation>جارٍ إرسال طلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="63"/>
        <source>SMMDesk is waiting for the panel&apos;s answer to %1.</source>
        <translation>ينتظر SMMDesk ردّ اللوحة على: %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/quit_guard.py" line="66"/>
        <source>If you quit now, SMMDesk may not learn the panel&apos;s answer: anything left unconfirmed is marked for you to check next time, and mass-order lines not sent yet are kept for you to review.</source>
        <translation>إن خرجت الآن فقد لا يعرف SMMDesk ردّ اللوحة: يُعلَّم كل ما يبقى غير مؤكَّد لتتحقّق منه في المرة القادمة، وتُحفظ أسطر الطلب الجماعي التي لم تُرسَل بعد لتراجعها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="42"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="83"/>
        <source>Balance: …</source>
        <translation>الرصيد: …</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="86"/>
        <source>Balance: %1</source>
        <translation>الرصيد: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="92"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="94"/>
        <source>The panel is answering</source>
        <translation>اللوحة تستجيب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="97"/>
        <source>Retrying</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="99"/>
        <source>Rate limited</source>
        <translation>مقيّد مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="102"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="115"/>
        <source>API key needed</source>
        <translation>مطلوب مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/status_bar.py" line="119"/>
        <source>Nothing is sent to this panel until its API key is entered (Panel → Refresh asks for it again).</source>
        <translation>لا يُرسَل شيء إلى هذه اللوحة حتى يُدخَل مفتاح API الخاص بها (اللوحة ← تحديث يطلبه مجددًا).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="899"/>
        <source>Orders with an unknown outcome</source>
        <translation>طلبات نتيجتها مجهولة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/main_window.py" line="901"/>
        <source>SMMDesk was closed while %Ln orders were being sent. They may or may not have been placed: check them in the orders list before placing them again.</source>
        <translation>
            <numerusform>أُغلق SMMDesk أثناء إرسال %Ln طلب. ربما قُدِّمت وربما لم تُقدَّم: تحقّق منها في قائمة الطلبات قبل تقديمها مجددًا.</numerusform>
            <numerusform>أُغلق SMMDesk أثناء إرسال طلب واحد. ربما قُدِّم وربما لم يُقدَّم: تحقّق منه في قائمة الطلبات قبل تقديمه مجددًا.</numerusform>
            <numerusform>أُغلق SMMDesk أثناء إرسال طلبين. ربما قُدِّما وربما لم يُقدَّما: تحقّق منهما في قائمة الطلبات قبل تقديمهما مجددًا.</numerusform>
            <numerusform>أُغلق SMMDesk أثناء إرسال %Ln طلبات. ربما قُدِّمت وربما لم تُقدَّم: تحقّق منها في قائمة الطلبات قبل تقديمها مجددًا.</numerusform>
            <numerusform>أُغلق SMMDesk أثناء إرسال %Ln طلبًا. ربما قُدِّمت وربما لم تُقدَّم: تحقّق منها في قائمة الطلبات قبل تقديمها مجددًا.</numerusform>
            <numerusform>أُغلق SMMDesk أثناء إرسال %Ln طلب. ربما قُدِّمت وربما لم تُقدَّم: تحقّق منها في قائمة الطلبات قبل تقديمها مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="912"/>
        <source>About SMMDesk</source>
        <translation>حول SMMDesk</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/main_window.py" line="914"/>
        <source>&lt;h3&gt;SMMDesk %1&lt;/h3&gt;&lt;p&gt;A fast, safe desktop client for SMM panels (API v2).&lt;/p&gt;&lt;p&gt;Your API keys are kept only in the system keyring.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SMMDesk %1&lt;/h3&gt;&lt;p&gt;برنامج سطح مكتب سريع وآمن للوحات SMM (API v2).&lt;/p&gt;&lt;p&gt;تُحفظ مفاتيح API الخاصة بك في مخزن المفاتيح في النظام فقط.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="70"/>
        <source>Lists and the form</source>
        <translation>القوائم والنموذج</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="74"/>
        <source>Fill in the order form of the chosen service</source>
        <translation>ملء نموذج الطلب للخدمة المختارة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="81"/>
        <source>Show the chosen order&apos;s details</source>
        <translation>عرض تفاصيل الطلب المختار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="86"/>
        <source>Open the menu of the chosen row</source>
        <translation>فتح قائمة الصف المختار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="92"/>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/menus.py" line="96"/>
        <source>Next or previous field</source>
        <translation>الحقل التالي أو السابق</translation>
    </message>
</context>
<context>
    <name>MassOrderDialog</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="92"/>
        <source>Mass order</source>
        <extracomment>Checking runs on the GUI thread (~20 µs a line); beyond this a paste would stall the window.</extracomment>
        <translation>طلب جماعي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="106"/>
        <source>One order per line: %1 — fields may also be separated by commas, semicolons or tabs. Lines starting with # are skipped. Only services that take just a link and a quantity can be mass-ordered.</source>
        <translation>طلب واحد في كل سطر: %1 — ويمكن الفصل بين الحقول أيضًا بفواصل أو فواصل منقوطة أو علامات جدولة. تُتخطّى الأسطر التي تبدأ بـ #. لا يمكن الطلب الجماعي إلا للخدمات التي لا تحتاج إلا إلى رابط وكمية.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="138"/>
        <source>Orders to place, one per line</source>
        <translation>الطلبات المراد تقديمها، طلب في كل سطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="145"/>
        <source>Checked orders</source>
        <translation>الطلبات التي تم التحقق منها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="155"/>
        <source>%v of %m sent</source>
        <translation>أُرسل %v من %m</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="156"/>
        <source>Orders sent</source>
        <translation>الطلبات المُرسلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="161"/>
        <source>Check</source>
        <translation>فحص</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="167"/>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="221"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="208"/>
        <source>Place 1 remaining order</source>
        <translation>تقديم الطلب المتبقي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="214"/>
        <source>Place 1 order</source>
        <translation>تقديم طلب واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="218"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="364"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="367"/>
        <source>Check %1 first: since you last ordered it, the panel has given its number to another service, and it may not be what you ordered before.</source>
        <translation>تحقّق من %1 أولًا: منذ أن طلبتها آخر مرة أعطت اللوحة رقمها لخدمة أخرى، وقد لا تكون ما طلبته من قبل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="382"/>
        <source>Lines on a link already taken</source>
        <translation>أسطر على رابط مشغول بالفعل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="384"/>
        <source>1 line repeats the link of another line or of an order still in progress.</source>
        <translation>سطر واحد يكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="387"/>
        <source>%Ln lines repeat the link of another line or of an order still in progress.</source>
        <translation>
            <numerusform>لا أسطر تكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
            <numerusform>سطر واحد يكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
            <numerusform>سطران يكرّران رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
            <numerusform>%Ln أسطر تكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
            <numerusform>%Ln سطرًا يكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
            <numerusform>%Ln سطر يكرّر رابط سطر آخر أو رابط طلب ما زال قيد التنفيذ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="393"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it. Flagged lines: %1.</source>
        <translation>طلبان على الرابط نفسه في الوقت نفسه يضيّعان المال: لا تردّه اللوحات. الأسطر المعلَّمة: %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="395"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="396"/>
        <source>Leave them out</source>
        <translation>استبعدها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="396"/>
        <source>Place them too</source>
        <translation>قدّمها أيضًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="397"/>
        <source>Back to the lines</source>
        <translation>العودة إلى الأسطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="510"/>
        <source>Keep sending</source>
        <translation>تابع الإرسال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="87"/>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="458"/>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="42"/>
        <source>Unconfirmed</source>
        <translation>غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="36"/>
        <source>%1 — the panel also said: “%2”</source>
        <translation>%1 — وقالت اللوحة أيضًا: «%2»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="46"/>
        <source>Not sent: no connection</source>
        <translation>لم يُرسَل: لا اتصال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="48"/>
        <source>Refused: API key</source>
        <translation>مرفوض: مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="50"/>
        <source>Refused: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/run.py" line="54"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="210"/>
        <source>Place %Ln remaining orders</source>
        <translation>
            <numerusform>لا طلبات متبقية</numerusform>
            <numerusform>تقديم الطلب المتبقي</numerusform>
            <numerusform>تقديم الطلبين المتبقيين</numerusform>
            <numerusform>تقديم %Ln طلبات متبقية</numerusform>
            <numerusform>تقديم %Ln طلبًا متبقيًا</numerusform>
            <numerusform>تقديم %Ln طلب متبقٍّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="214"/>
        <source>Place %Ln orders</source>
        <translation>
            <numerusform>لا طلبات للتقديم</numerusform>
            <numerusform>تقديم طلب واحد</numerusform>
            <numerusform>تقديم طلبين</numerusform>
            <numerusform>تقديم %Ln طلبات</numerusform>
            <numerusform>تقديم %Ln طلبًا</numerusform>
            <numerusform>تقديم %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="247"/>
        <source>The text changed: press Check before placing.</source>
        <translation>تغيّر النص: اضغط «فحص» قبل التقديم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="260"/>
        <source>The service list is not loaded yet; try again shortly.</source>
        <translation>لم تُحمَّل قائمة الخدمات بعد؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="266"/>
        <source>A mass order takes at most %1 lines; split the list.</source>
        <translation>يقبل الطلب الجماعي %1 سطر كحد أقصى؛ قسّم القائمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="288"/>
        <source>Paste one order per line first.</source>
        <translation>الصق أولًا طلبًا واحدًا في كل سطر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="334"/>
        <source>Place mass order</source>
        <translation>تقديم الطلب الجماعي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="336"/>
        <source>Place 1 order for %1?</source>
        <translation>أتقدّم طلبًا واحدًا مقابل %1؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="338"/>
        <source>Place %Ln orders for %1 in total?</source>
        <translation>
            <numerusform>أتقدّم الطلبات مقابل %1 إجمالًا؟</numerusform>
            <numerusform>أتقدّم طلبًا واحدًا مقابل %1 إجمالًا؟</numerusform>
            <numerusform>أتقدّم طلبين مقابل %1 إجمالًا؟</numerusform>
            <numerusform>أتقدّم %Ln طلبات مقابل %1 إجمالًا؟</numerusform>
            <numerusform>أتقدّم %Ln طلبًا مقابل %1 إجمالًا؟</numerusform>
            <numerusform>أتقدّم %Ln طلب مقابل %1 إجمالًا؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="268"/>
        <source>order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="342"/>
        <source>They are sent one at a time. Cancel stops after the line being sent. Lines with problems are not sent.</source>
        <translation>تُرسَل واحدًا تلو الآخر. يتوقف «إلغاء» بعد السطر الجاري إرساله. لا تُرسَل الأسطر التي فيها مشكلات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="80"/>
        <source>Queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="415"/>
        <source>Placing orders one at a time…</source>
        <translation>جارٍ تقديم الطلبات واحدًا تلو الآخر…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="83"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="264"/>
        <source>unconfirmed: it may have been placed</source>
        <translation>غير مؤكد: ربما قُدِّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="89"/>
        <source>Not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="92"/>
        <source>Sent by another window</source>
        <translation>أرسلته نافذة أخرى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="468"/>
        <source>The mass order stopped because of an error: %1</source>
        <translation>توقّف الطلب الجماعي بسبب خطأ: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="470"/>
        <source>Mass order stopped</source>
        <translation>توقّف الطلب الجماعي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="492"/>
        <source>Stopping after the line being sent…</source>
        <translation>سيتوقف بعد السطر الجاري إرساله…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="504"/>
        <source>Stop the mass order?</source>
        <translation>أتوقف الطلب الجماعي؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="506"/>
        <source>The line being sent finishes; the remaining lines are not sent. The window closes when the line is done.</source>
        <translation>يكتمل السطر الجاري إرساله؛ ولا تُرسَل الأسطر المتبقية. تُغلق النافذة عند انتهاء السطر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/dialog.py" line="509"/>
        <source>Stop and close</source>
        <translation>إيقاف وإغلاق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="73"/>
        <source>service ID | link | quantity</source>
        <translation>رقم الخدمة | الرابط | الكمية</translation>
    </message>
</context>
<context>
    <name>MassOrderModel</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="116"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="117"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="118"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="119"/>
        <source>Same link</source>
        <translation>الرابط نفسه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="120"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="121"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="122"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="123"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="217"/>
        <source>Expected %1; this line has %Ln fields.</source>
        <translation>
            <numerusform>المتوقع %1؛ هذا السطر بلا حقول.</numerusform>
            <numerusform>المتوقع %1؛ هذا السطر فيه حقل واحد.</numerusform>
            <numerusform>المتوقع %1؛ هذا السطر فيه حقلان.</numerusform>
            <numerusform>المتوقع %1؛ هذا السطر فيه %Ln حقول.</numerusform>
            <numerusform>المتوقع %1؛ هذا السطر فيه %Ln حقلًا.</numerusform>
            <numerusform>المتوقع %1؛ هذا السطر فيه %Ln حقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="222"/>
        <source>If the link or the quantity contains a comma, separate the fields with | or put that field in quotes.</source>
        <translation>إذا احتوى الرابط أو الكمية على فاصلة، فافصل بين الحقول بـ | أو ضع ذلك الحقل بين علامتي تنصيص.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="228"/>
        <source>The service id must be a number (found “%1”).</source>
        <translation>يجب أن يكون رقم الخدمة عددًا (وُجد «%1»).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="234"/>
        <source>Service %1 is not in this panel&apos;s service list (refresh the list if it is new).</source>
        <translation>الخدمة %1 ليست في قائمة خدمات هذه اللوحة (حدِّث القائمة إن كانت جديدة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="240"/>
        <source>Service %1 is a “%2” service: this service type needs the single-order form.</source>
        <translation>الخدمة %1 من نوع «%2»: يحتاج هذا النوع إلى نموذج الطلب الفردي.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="246"/>
        <source>Service %1 is sold per package: give quantity 1 or leave it out.</source>
        <translation>الخدمة %1 تُباع بالباقة: اجعل الكمية 1 أو اتركها فارغة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="254"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="258"/>
        <source>Service %1 has no usable price in the service list; refresh the list.</source>
        <translation>ليس للخدمة %1 سعر صالح في قائمة الخدمات؛ حدِّث القائمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="272"/>
        <source>Already sent from this window (%1); check it before sending it again.</source>
        <translation>أُرسل بالفعل من هذه النافذة (%1)؛ تحقّق منه قبل إرساله مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="278"/>
        <source>Same service and link as line %1: the panel refuses a second active order for the same link.</source>
        <translation>الخدمة والرابط نفساهما كما في السطر %1: ترفض اللوحة طلبًا نشطًا ثانيًا للرابط نفسه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="346"/>
        <source>Unconfirmed order on %1</source>
        <translation>طلب غير مؤكد في %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="349"/>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="462"/>
        <source>Order %1 on %2</source>
        <translation>الطلب %1 في %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="351"/>
        <source>(+%1)</source>
        <translation>(+%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="353"/>
        <source>Same as line %1</source>
        <translation>مثل السطر %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="365"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="367"/>
        <source>The same link as line %1, for the same kind of service.</source>
        <translation>الرابط نفسه كما في السطر %1، للنوع نفسه من الخدمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="372"/>
        <source>Orders in progress on this link:</source>
        <translation>طلبات قيد التنفيذ على هذا الرابط:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/model.py" line="376"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it.</source>
        <translation>طلبان على الرابط نفسه في الوقت نفسه يضيّعان المال: لا تردّه اللوحات.</translation>
    </message>
</context>
<context>
    <name>MassSummary</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="34"/>
        <source>Mass order summary</source>
        <translation>ملخص الطلب الجماعي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="55"/>
        <source>1 valid line</source>
        <translation>سطر صالح واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="57"/>
        <source>%Ln valid lines</source>
        <translation>
            <numerusform>لا أسطر صالحة</numerusform>
            <numerusform>سطر صالح واحد</numerusform>
            <numerusform>سطران صالحان</numerusform>
            <numerusform>%Ln أسطر صالحة</numerusform>
            <numerusform>%Ln سطرًا صالحًا</numerusform>
            <numerusform>%Ln سطر صالح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="59"/>
        <source>%Ln with problems</source>
        <translation>
            <numerusform>لا مشكلات</numerusform>
            <numerusform>سطر واحد فيه مشكلة</numerusform>
            <numerusform>سطران فيهما مشكلات</numerusform>
            <numerusform>%Ln أسطر فيها مشكلات</numerusform>
            <numerusform>%Ln سطرًا فيها مشكلات</numerusform>
            <numerusform>%Ln سطر فيها مشكلات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="62"/>
        <source>%Ln on a link already taken</source>
        <translation>
            <numerusform>لا شيء على رابط مشغول بالفعل</numerusform>
            <numerusform>سطر واحد على رابط مشغول بالفعل</numerusform>
            <numerusform>سطران على رابط مشغول بالفعل</numerusform>
            <numerusform>%Ln أسطر على رابط مشغول بالفعل</numerusform>
            <numerusform>%Ln سطرًا على رابط مشغول بالفعل</numerusform>
            <numerusform>%Ln سطر على رابط مشغول بالفعل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="63"/>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="84"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="64"/>
        <source>total %1</source>
        <translation>المجموع %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="66"/>
        <source>balance not known yet</source>
        <translation>الرصيد غير معروف بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="68"/>
        <source>balance %1</source>
        <translation>الرصيد %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="70"/>
        <source>the total is more than the balance: add funds or remove lines</source>
        <translation>المجموع أكبر من الرصيد: اشحن رصيدك أو احذف أسطرًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="86"/>
        <source>%Ln placed</source>
        <translation>
            <numerusform>لم يُقدَّم أي طلب</numerusform>
            <numerusform>طلب واحد مقدَّم</numerusform>
            <numerusform>طلبان مقدَّمان</numerusform>
            <numerusform>%Ln طلبات مقدَّمة</numerusform>
            <numerusform>%Ln طلبًا مقدَّمًا</numerusform>
            <numerusform>%Ln طلب مقدَّم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="87"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>لم يُرفض أي طلب</numerusform>
            <numerusform>طلب واحد مرفوض</numerusform>
            <numerusform>طلبان مرفوضان</numerusform>
            <numerusform>%Ln طلبات مرفوضة</numerusform>
            <numerusform>%Ln طلبًا مرفوضًا</numerusform>
            <numerusform>%Ln طلب مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="88"/>
        <source>%Ln unconfirmed</source>
        <translation>
            <numerusform>لا طلبات غير مؤكدة</numerusform>
            <numerusform>طلب واحد غير مؤكد</numerusform>
            <numerusform>طلبان غير مؤكدين</numerusform>
            <numerusform>%Ln طلبات غير مؤكدة</numerusform>
            <numerusform>%Ln طلبًا غير مؤكد</numerusform>
            <numerusform>%Ln طلب غير مؤكد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="92"/>
        <source>Done: %1.</source>
        <translation>تم: %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="94"/>
        <source>1 line not sent</source>
        <translation>سطر واحد لم يُرسَل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="96"/>
        <source>%Ln lines not sent</source>
        <translation>
            <numerusform>لا أسطر غير مُرسَلة</numerusform>
            <numerusform>سطر واحد لم يُرسَل</numerusform>
            <numerusform>سطران لم يُرسَلا</numerusform>
            <numerusform>%Ln أسطر لم تُرسَل</numerusform>
            <numerusform>%Ln سطرًا لم يُرسَل</numerusform>
            <numerusform>%Ln سطر لم يُرسَل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="99"/>
        <source>%1 — %2; %3.</source>
        <translation>%1 — %2؛ %3.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="107"/>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="109"/>
        <source>Stopped: the panel refused the API key</source>
        <translation>توقّف: رفضت اللوحة مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="111"/>
        <source>Stopped: the panel says the balance is too low</source>
        <translation>توقّف: تقول اللوحة إن الرصيد غير كافٍ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/mass/summary.py" line="113"/>
        <source>Stopped: several lines in a row got no usable answer from the panel; check the unconfirmed orders before sending the rest</source>
        <translation>توقّف: لم تتلقَّ عدة أسطر متتالية ردًّا صالحًا من اللوحة؛ تحقّق من الطلبات غير المؤكدة قبل إرسال البقية</translation>
    </message>
</context>
<context>
    <name>MoneySettings</name>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="49"/>
        <source>Money</source>
        <translation>المال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="63"/>
        <source>Your currency</source>
        <translation>عملتك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="65"/>
        <source>Your &amp;currency:</source>
        <translation>&amp;عملتك:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="75"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="88"/>
        <source>&amp;Add Rate</source>
        <translation>أ&amp;ضف سعرًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="89"/>
        <source>Add an exchange rate</source>
        <translation>أضف سعر صرف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="91"/>
        <source>Remo&amp;ve Rate</source>
        <translation>ا&amp;حذف السعر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="92"/>
        <source>Remove the chosen exchange rate</source>
        <translation>احذف سعر الصرف المختار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="102"/>
        <source>Low-balance warning for each panel. Automatic: under about 3 days of its recent spending. An amount is in the panel&apos;s currency.</source>
        <translation>تنبيه انخفاض الرصيد لكل لوحة. التلقائي: عندما يقلّ عن إنفاق ٣ أيام تقريبًا بمعدلها الأخير. المبلغ بعملة اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="110"/>
        <source>Low-balance warning for each panel</source>
        <translation>تنبيه انخفاض الرصيد لكل لوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Warning</source>
        <translation>التنبيه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="112"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="165"/>
        <source>Warning for %1</source>
        <translation>التنبيه لـ %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="166"/>
        <source>Automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="167"/>
        <source>Below an amount</source>
        <translation>تحت مبلغ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="168"/>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="171"/>
        <source>Warning amount for %1</source>
        <translation>مبلغ التنبيه لـ %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="212"/>
        <source>“%1” is not a currency code such as EUR.</source>
        <translation>«%1» ليس رمز عملة مثل EUR.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="216"/>
        <source>%1 has two rates: keep one.</source>
        <translation>للعملة %1 سعران: أبقِ واحدًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="223"/>
        <source>The rate of %1 must be an amount above 0, such as %2.</source>
        <translation>يجب أن يكون سعر %1 مبلغًا أكبر من ٠، مثل %2.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="244"/>
        <source>%1: enter the amount to warn below, such as %2.</source>
        <translation>%1: أدخل المبلغ الذي يُنبَّه تحته، مثل %2.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="258"/>
        <source>Enter your currency as a code such as USD.</source>
        <translation>أدخل عملتك رمزًا مثل USD.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="260"/>
        <source>Exchange rates: what 1 of each currency is worth in %1.</source>
        <translation>أسعار الصرف: قيمة ١ من كل عملة بعملة %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="266"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/settings_page.py" line="267"/>
        <source>Worth in %1</source>
        <translation>القيمة بعملة %1</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="95"/>
        <source>Refresh Status</source>
        <translation>تحديث الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="98"/>
        <source>Ask the panel for the current status of the selected orders</source>
        <translation>اطلب من اللوحة الحالة الحالية للطلبات المحددة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="101"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="104"/>
        <source>Ask the panel to refill the selected orders (where the service allows)</source>
        <translation>اطلب من اللوحة إعادة تعبئة الطلبات المحددة (حيث تسمح الخدمة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="107"/>
        <source>Cancel Order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="110"/>
        <source>Ask the panel to cancel the selected orders (where the service allows)</source>
        <translation>اطلب من اللوحة إلغاء الطلبات المحددة (حيث تسمح الخدمة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="113"/>
        <source>Refill Status</source>
        <translation>حالة إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="116"/>
        <source>Ask the panel how the selected orders&apos; refills are going</source>
        <translation>اسأل اللوحة عن سير إعادة تعبئة الطلبات المحددة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="119"/>
        <source>Copy Rows</source>
        <translation>نسخ الصفوف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="122"/>
        <source>Copy the selected orders as tab-separated text, with the column names</source>
        <translation>نسخ الطلبات المحددة نصًا مفصولًا بعلامات الجدولة، مع أسماء الأعمدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="124"/>
        <source>Copy Link</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="125"/>
        <source>Copy Order ID</source>
        <translation>نسخ رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="127"/>
        <source>Open Link in Browser</source>
        <translation>فتح الرابط في المتصفح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="130"/>
        <source>Order Again…</source>
        <translation>اطلب مجددًا…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="133"/>
        <source>Open the order form with this order&apos;s service and values</source>
        <translation>افتح نموذج الطلب بخدمة هذا الطلب وقيمه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="136"/>
        <source>Check Unknown Order…</source>
        <translation>تحقّق من طلب غير معروف النتيجة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="139"/>
        <source>Settle an order whose outcome is unknown</source>
        <translation>احسم طلبًا نتيجته غير معروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="142"/>
        <source>Export Selected to CSV…</source>
        <translation>تصدير المحدد إلى CSV…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="145"/>
        <source>Export Shown Orders to CSV…</source>
        <translation>تصدير الطلبات المعروضة إلى CSV…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="148"/>
        <source>Every order the filters show, in the table&apos;s order</source>
        <translation>كل طلب تعرضه عوامل التصفية، بترتيب الجدول</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="151"/>
        <source>Add Order IDs…</source>
        <translation>إضافة أرقام طلبات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="154"/>
        <source>Track orders placed elsewhere, by their ids on the current panel</source>
        <translation>تابِع طلبات قُدِّمت من مكان آخر، بأرقامها في اللوحة الحالية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/action_runs.py" line="91"/>
        <source>panel %1 no longer exists</source>
        <translation>اللوحة %1 لم تعد موجودة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/action_runs.py" line="100"/>
        <source>no API key is available for the panel “%1”</source>
        <translation>لا يتوفر مفتاح API للوحة «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="32"/>
        <source>Refill requested: the panel&apos;s refill %1.</source>
        <translation>طُلبت إعادة التعبئة: إعادة التعبئة رقم %1 في اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="27"/>
        <source>Cancel requested: the panel accepted it; the order shows Canceled once the panel has done it.</source>
        <extracomment>(result, action) -&gt; the sentence; ``action`` is &quot;refill&quot; or &quot;cancel&quot;</extracomment>
        <translation>طُلب الإلغاء: قبلته اللوحة؛ سيظهر الطلب «ملغى» بعد أن تنفّذه اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="53"/>
        <source>The panel refused the API key, so nothing was done. Check the API key in the panel settings.</source>
        <translation>رفضت اللوحة مفتاح API، فلم يُنفَّذ شيء. تحقّق من مفتاح API في إعدادات اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="48"/>
        <source>The panel refused the refill: “%1”.</source>
        <translation>رفضت اللوحة إعادة التعبئة: «%1».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="46"/>
        <source>The panel refused to cancel it: “%1”.</source>
        <translation>رفضت اللوحة إلغاءه: «%1».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="66"/>
        <source>Not sent: SMMDesk could not reach the panel (%1). Nothing was requested; try again when the panel answers.</source>
        <translation>لم يُرسَل: تعذّر على SMMDesk الوصول إلى اللوحة (%1). لم يُطلب شيء؛ حاول مجددًا عندما تستجيب اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="88"/>
        <source>Unconfirmed: the panel&apos;s answer did not mention this order, so it is not known whether the refill was requested. It was not sent again.</source>
        <translation>غير مؤكد: لم يذكر رد اللوحة هذا الطلب، فلا يُعرف إن كانت إعادة التعبئة قد طُلبت. لم يُعَد إرسالها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="83"/>
        <source>Unconfirmed: the panel&apos;s answer did not mention this order, so it is not known whether it will be canceled. It was not sent again.</source>
        <translation>غير مؤكد: لم يذكر رد اللوحة هذا الطلب، فلا يُعرف إن كان سيُلغى. لم يُعَد إرسال الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="96"/>
        <source>Unconfirmed: the panel&apos;s answer for this order has no usable refill id, so it is not known whether the refill was requested. It was not sent again.</source>
        <translation>غير مؤكد: لا يحمل رد اللوحة عن هذا الطلب رقم إعادة تعبئة صالحًا، فلا يُعرف إن كانت إعادة التعبئة قد طُلبت. لم يُعَد إرسالها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="74"/>
        <source>Unconfirmed: the request was sent but no usable answer came back (%1). It was not sent again: check the order on the panel&apos;s website before asking again.</source>
        <translation>غير مؤكد: أُرسل الطلب لكن لم يصل رد صالح (%1). لم يُعَد إرساله: تحقّق من الطلب في موقع اللوحة قبل أن تطلب مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="44"/>
        <source>no reason given</source>
        <translation>دون ذكر سبب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="104"/>
        <source>Unconfirmed: SMMDesk failed while sending the request, so it may have been received. It was not sent again.</source>
        <translation>غير مؤكد: أخفق SMMDesk أثناء إرسال الطلب، فربما وصل إلى اللوحة. لم يُعَد إرسال الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="144"/>
        <source>This order is not in the database any more.</source>
        <translation>هذا الطلب لم يعد في قاعدة البيانات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="149"/>
        <source>This order belongs to another panel.</source>
        <translation>هذا الطلب يتبع لوحة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="152"/>
        <source>It is not known whether this order was placed: settle it first (Check…).</source>
        <translation>لا يُعرف إن كان هذا الطلب قد قُدِّم: احسم أمره أولًا (تحقّق…).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="158"/>
        <source>This order has not been placed yet.</source>
        <translation>لم يُقدَّم هذا الطلب بعد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="161"/>
        <source>The panel has since given this order&apos;s number to a newer order: a request for it would reach that order instead.</source>
        <translation>منحت اللوحة رقم هذا الطلب لاحقًا لطلب أحدث: أي طلب بشأنه سيصل إلى ذلك الطلب بدلًا منه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="168"/>
        <source>This order was never placed, so there is nothing to ask the panel.</source>
        <translation>لم يُقدَّم هذا الطلب قط، فلا يوجد ما يُطلب من اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="112"/>
        <source>“%1” does not offer refills (the panel&apos;s service list says so).</source>
        <translation>«%1» لا تتيح إعادة التعبئة (كما تذكر قائمة خدمات اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="118"/>
        <source>“%1” cannot be canceled (the panel&apos;s service list says so).</source>
        <translation>«%1» لا يمكن إلغاؤها (كما تذكر قائمة خدمات اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="125"/>
        <source>This order is already %1: it cannot be canceled.</source>
        <translation>حالة هذا الطلب بالفعل «%1»: لا يمكن إلغاؤه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/actions.py" line="192"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="296"/>
        <source>Copied %Ln links</source>
        <translation>
            <numerusform>لم يُنسخ أي رابط</numerusform>
            <numerusform>نُسخ رابط واحد</numerusform>
            <numerusform>نُسخ رابطان</numerusform>
            <numerusform>نُسخت %Ln روابط</numerusform>
            <numerusform>نُسخ %Ln رابطًا</numerusform>
            <numerusform>نُسخ %Ln رابط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="306"/>
        <source>Copied %Ln order IDs</source>
        <translation>
            <numerusform>لم يُنسخ أي رقم طلب</numerusform>
            <numerusform>نُسخ رقم طلب واحد</numerusform>
            <numerusform>نُسخ رقما طلبين</numerusform>
            <numerusform>نُسخت %Ln أرقام طلبات</numerusform>
            <numerusform>نُسخ %Ln رقم طلب</numerusform>
            <numerusform>نُسخ %Ln رقم طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="317"/>
        <source>Open %Ln links in the browser?</source>
        <translation>
            <numerusform>أتفتح الروابط في المتصفح؟</numerusform>
            <numerusform>أتفتح رابطًا واحدًا في المتصفح؟</numerusform>
            <numerusform>أتفتح رابطين في المتصفح؟</numerusform>
            <numerusform>أتفتح %Ln روابط في المتصفح؟</numerusform>
            <numerusform>أتفتح %Ln رابطًا في المتصفح؟</numerusform>
            <numerusform>أتفتح %Ln رابط في المتصفح؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="380"/>
        <source>Exported 1 order to %1</source>
        <translation>صُدِّر طلب واحد إلى %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="382"/>
        <source>Exported %Ln orders to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي طلب إلى %1</numerusform>
            <numerusform>صُدِّر طلب واحد إلى %1</numerusform>
            <numerusform>صُدِّر طلبان إلى %1</numerusform>
            <numerusform>صُدِّرت %Ln طلبات إلى %1</numerusform>
            <numerusform>صُدِّر %Ln طلبًا إلى %1</numerusform>
            <numerusform>صُدِّر %Ln طلب إلى %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="437"/>
        <source>Imported %Ln orders</source>
        <translation>
            <numerusform>لم يُستورد أي طلب</numerusform>
            <numerusform>استُورد طلب واحد</numerusform>
            <numerusform>استُورد طلبان</numerusform>
            <numerusform>استُوردت %Ln طلبات</numerusform>
            <numerusform>استُورد %Ln طلبًا</numerusform>
            <numerusform>استُورد %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="294"/>
        <source>Copied 1 link</source>
        <translation>نُسخ رابط واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="157"/>
        <source>Refills…</source>
        <translation>إعادات التعبئة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="160"/>
        <source>Finished orders still inside their refill window, to refill many at once</source>
        <translation>الطلبات المنتهية التي ما زالت ضمن مدة ضمان إعادة التعبئة، لإعادة تعبئة عدد منها دفعة واحدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="286"/>
        <source>Copied 1 order</source>
        <translation>نُسخ طلب واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/actions.py" line="286"/>
        <source>Copied %Ln orders</source>
        <translation>
            <numerusform>لم يُنسخ أي طلب</numerusform>
            <numerusform>نُسخ طلب واحد</numerusform>
            <numerusform>نُسخ طلبان</numerusform>
            <numerusform>نُسخت %Ln طلبات</numerusform>
            <numerusform>نُسخ %Ln طلبًا</numerusform>
            <numerusform>نُسخ %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="304"/>
        <source>Copied 1 order ID</source>
        <translation>نُسخ رقم طلب واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="316"/>
        <source>Open links</source>
        <translation>فتح الروابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="318"/>
        <source>Open All</source>
        <translation>فتح الكل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="355"/>
        <source>Export Orders</source>
        <translation>تصدير الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="355"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="387"/>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="395"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="396"/>
        <source>The orders could not be written to %1.</source>
        <translation>تعذّرت كتابة الطلبات إلى %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/actions.py" line="437"/>
        <source>Imported 1 order</source>
        <translation>استُورد طلب واحد</translation>
    </message>
</context>
<context>
    <name>OrderConfirmDialog</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="132"/>
        <source>The last order is unconfirmed</source>
        <extracomment>a value longer than this (a long link) goes into a box that wraps anywhere lines a list box shows before it scrolls the fields shown in their own rows, before the others</extracomment>
        <translation>الطلب الأخير غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="134"/>
        <source>Is this still the service you ordered?</source>
        <translation>أهذه ما تزال الخدمة التي طلبتها؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="136"/>
        <source>This link already has an order in progress</source>
        <translation>لهذا الرابط طلب قيد التنفيذ بالفعل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="138"/>
        <source>Place order?</source>
        <translation>تقديم الطلب؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="153"/>
        <source>Check the order before it is sent to the panel:</source>
        <translation>راجع الطلب قبل إرساله إلى اللوحة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="186"/>
        <source>Place anyway</source>
        <translation>قدّمه على أي حال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="186"/>
        <source>Place order</source>
        <translation>تقديم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="188"/>
        <source>Back to the form</source>
        <translation>العودة إلى النموذج</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="260"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="262"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="266"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="268"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="284"/>
        <source>The last order&apos;s outcome is unknown: it may have been placed and paid for.</source>
        <translation>نتيجة الطلب الأخير غير معروفة: ربما قُدِّم ودُفع ثمنه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="287"/>
        <source>This is the same order: if the last one went through, placing it again pays twice. Reconcile it first unless you are sure.</source>
        <translation>هذا هو الطلب نفسه: إذا كان الطلب الأخير قد نُفِّذ فإن تقديمه مجددًا يعني الدفع مرتين. احسم نتيجته أولًا ما لم تكن متأكدًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="298"/>
        <source>Service %1 may not be what you ordered before: when you last ordered it (%2) it was “%3”, and since then the panel has given its number to another service. Check the name and the price before placing.</source>
        <translation>قد لا تكون الخدمة %1 ما طلبته من قبل: حين طلبتها آخر مرة (%2) كانت «%3»، ومنذ ذلك الحين أعطت اللوحة رقمها لخدمة أخرى. تحقّق من الاسم والسعر قبل الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="304"/>
        <source>Service %1 may not be what you ordered before: since you last ordered it (%2) the panel has given its number to another service. Check the name and the price before placing.</source>
        <translation>قد لا تكون الخدمة %1 ما طلبته من قبل: منذ أن طلبتها آخر مرة (%2) أعطت اللوحة رقمها لخدمة أخرى. تحقّق من الاسم والسعر قبل الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="321"/>
        <source>An order on this link is still in progress.</source>
        <translation>ما زال طلب على هذا الرابط قيد التنفيذ.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="323"/>
        <source>%Ln orders on this link are still in progress.</source>
        <translation>
            <numerusform>لا طلبات قيد التنفيذ على هذا الرابط.</numerusform>
            <numerusform>ما زال طلب واحد على هذا الرابط قيد التنفيذ.</numerusform>
            <numerusform>ما زال طلبان على هذا الرابط قيد التنفيذ.</numerusform>
            <numerusform>ما زالت %Ln طلبات على هذا الرابط قيد التنفيذ.</numerusform>
            <numerusform>ما زال %Ln طلبًا على هذا الرابط قيد التنفيذ.</numerusform>
            <numerusform>ما زال %Ln طلب على هذا الرابط قيد التنفيذ.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="329"/>
        <source>Two orders on the same link at the same time lose money: the panels do not refund it. Wait until it is done unless you are sure.</source>
        <translation>طلبان على الرابط نفسه في الوقت نفسه يضيّعان المال: لا تردّه اللوحات. انتظر حتى يكتمل إلا إذا كنت متأكدًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="337"/>
        <source>Orders in progress on this link</source>
        <translation>الطلبات قيد التنفيذ على هذا الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="339"/>
        <source>I know: place it anyway</source>
        <translation>أعلم ذلك: قدّمه على أي حال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="350"/>
        <source>Delay after a new post</source>
        <translation>التأخير بعد كل منشور جديد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="368"/>
        <source>%1 (%Ln lines)</source>
        <translation>
            <numerusform>%1 (لا أسطر)</numerusform>
            <numerusform>%1 (سطر واحد)</numerusform>
            <numerusform>%1 (سطران)</numerusform>
            <numerusform>%1 (%Ln أسطر)</numerusform>
            <numerusform>%1 (%Ln سطرًا)</numerusform>
            <numerusform>%1 (%Ln سطر)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="373"/>
        <source>No delay</source>
        <translation>بلا تأخير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="374"/>
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="383"/>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="402"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="384"/>
        <source>%1 per run</source>
        <translation>%1 في كل دفعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="387"/>
        <source>Drip-feed</source>
        <translation>التغذية بالتقطير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="388"/>
        <source>%1 runs × %2 = %3 delivered in total</source>
        <translation>%1 دفعات × %2 = %3 تُسلَّم إجمالًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="396"/>
        <source>Interval</source>
        <translation>الفاصل الزمني</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="397"/>
        <source>one run every %Ln minutes</source>
        <translation>
            <numerusform>دفعة كل %Ln دقيقة</numerusform>
            <numerusform>دفعة كل دقيقة</numerusform>
            <numerusform>دفعة كل دقيقتين</numerusform>
            <numerusform>دفعة كل %Ln دقائق</numerusform>
            <numerusform>دفعة كل %Ln دقيقة</numerusform>
            <numerusform>دفعة كل %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="411"/>
        <source>up to %1 per post</source>
        <translation>حتى %1 لكل منشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="413"/>
        <source>%1 for the package</source>
        <translation>%1 للباقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="416"/>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="427"/>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="444"/>
        <source>Balance after</source>
        <translation>الرصيد بعده</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="428"/>
        <source>unknown: SMMDesk has not read this panel&apos;s balance yet</source>
        <translation>غير معروف: لم يقرأ SMMDesk رصيد هذه اللوحة بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="436"/>
        <source>Balance now</source>
        <translation>الرصيد الآن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="440"/>
        <source>%1 (now %2)</source>
        <translation>%1 (الآن %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/confirm.py" line="449"/>
        <source>The last known balance is lower than the cost: the panel will probably refuse this order.</source>
        <translation>آخر رصيد معروف أقل من التكلفة: سترفض اللوحة هذا الطلب على الأرجح.</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="127"/>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="132"/>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="137"/>
        <source>What was sent to the panel</source>
        <translation>ما أُرسل إلى اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="139"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="111"/>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="143"/>
        <source>The panel&apos;s answers</source>
        <translation>ردود اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="148"/>
        <source>Answers</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="151"/>
        <source>Refills of this order</source>
        <translation>إعادات تعبئة هذا الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <source>Requested</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="236"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="154"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="172"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="157"/>
        <location filename="../../smmdesk/gui/orders/detail.py" line="366"/>
        <source>Refills</source>
        <translation>إعادات التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="162"/>
        <source>Your own note about this order</source>
        <translation>ملاحظتك الخاصة عن هذا الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="163"/>
        <source>Your note</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="167"/>
        <source>Save note</source>
        <translation>حفظ الملاحظة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="172"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="211"/>
        <source>No order selected</source>
        <translation>لم يُحدَّد أي طلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="213"/>
        <source>Choose an order in the table to see its full history here.</source>
        <translation>اختر طلبًا في الجدول لترى سجله الكامل هنا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="243"/>
        <source>Unknown service</source>
        <translation>خدمة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="221"/>
        <source>refill %1</source>
        <translation>إعادة التعبئة %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="231"/>
        <source>the panel also said: “%1”</source>
        <translation>وقالت اللوحة أيضًا: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="364"/>
        <source>Refills (%1)</source>
        <translation>إعادات التعبئة (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="247"/>
        <source>Local order %1 · %2</source>
        <translation>الطلب المحلي %1 · %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="278"/>
        <source>estimate %1</source>
        <translation>تقديريًا %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="282"/>
        <source>start count %1</source>
        <translation>عدد البداية %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="284"/>
        <source>%1 remaining</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="288"/>
        <source>%1 delivered</source>
        <translation>المُسلَّم %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="291"/>
        <source>never</source>
        <translation>لم يُتحقَّق بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="105"/>
        <source>balance before: %1</source>
        <extracomment>(detail, the event&apos;s status) -&gt; (what happened, details)</extracomment>
        <translation>الرصيد قبله: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="115"/>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="120"/>
        <source>Accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="132"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="131"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="140"/>
        <source>No usable answer</source>
        <translation>لا رد صالح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="91"/>
        <source>Panel:</source>
        <translation>اللوحة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="92"/>
        <source>Service:</source>
        <translation>الخدمة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="93"/>
        <source>Link:</source>
        <translation>الرابط:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="94"/>
        <source>Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="95"/>
        <source>Charge:</source>
        <translation>المبلغ:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="96"/>
        <source>Delivery:</source>
        <translation>التسليم:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="97"/>
        <source>Placed:</source>
        <translation>التقديم:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="98"/>
        <source>Last checked:</source>
        <translation>آخر تحقق:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="122"/>
        <source>Order records</source>
        <translation>سجلات الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="124"/>
        <source>Order history</source>
        <translation>سجل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="245"/>
        <source>Order %1 · %2</source>
        <translation>الطلب %1 · %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="123"/>
        <source>as order %1 — the panel also said: “%2”</source>
        <translation>بوصفه الطلب %1 — وقالت اللوحة أيضًا: «%2»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="127"/>
        <source>as order %1</source>
        <translation>بوصفه الطلب %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="146"/>
        <source>Interrupted</source>
        <translation>انقطع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="155"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="209"/>
        <source>not placed</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="157"/>
        <source>by you</source>
        <translation>بقرار منك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="158"/>
        <source>Settled</source>
        <translation>حُسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="165"/>
        <source>remains %1</source>
        <translation>المتبقي %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="171"/>
        <source>charge %1</source>
        <translation>المبلغ %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="172"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="235"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="178"/>
        <source>Panel error</source>
        <translation>خطأ من اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="182"/>
        <source>Checks stopped</source>
        <translation>توقّف التحقق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="183"/>
        <source>the panel kept answering “%1”; refresh the order to check it again</source>
        <translation>ظلّت اللوحة تردّ بـ«%1»؛ حدِّث الطلب للتحقق منه مجددًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="190"/>
        <source>Imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="196"/>
        <source>Number reused</source>
        <translation>رقم مُعاد استخدامه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="197"/>
        <source>the panel had already given %1 to an earlier order, which is kept as it was</source>
        <translation>سبق أن منحت اللوحة الرقم %1 لطلب سابق، وقد حُفظ ذلك الطلب كما كان</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="268"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="272"/>
        <source>probably placed</source>
        <translation>قُدِّم على الأرجح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="273"/>
        <source>probably not placed</source>
        <translation>لم يُقدَّم على الأرجح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="274"/>
        <source>the balance cannot tell</source>
        <translation>لا يكفي الرصيد للحكم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="282"/>
        <source>Checked</source>
        <translation>جرى التحقق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="283"/>
        <source>%1 (balance %2 → %3)</source>
        <translation>%1 (الرصيد %2 ← %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="205"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="240"/>
        <source>request sent</source>
        <translation>أُرسل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="241"/>
        <source>the panel accepted the request</source>
        <translation>قبلت اللوحة الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="242"/>
        <source>not sent: the panel could not be reached</source>
        <translation>لم يُرسَل: تعذّر الوصول إلى اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="245"/>
        <source>no usable answer: it may have been received</source>
        <translation>لا رد صالح: ربما وصل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="248"/>
        <source>not sent</source>
        <translation>لم يُرسَل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="262"/>
        <source>refused: “%1”</source>
        <translation>مرفوض: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="206"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="207"/>
        <location filename="../../smmdesk/gui/orders/history.py" line="264"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="151"/>
        <source>placed as %1</source>
        <translation>قُدِّم بوصفه %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="190"/>
        <source>tracked by id %1</source>
        <translation>متابَع بالرقم %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/history.py" line="208"/>
        <source>no usable answer</source>
        <translation>لا رد صالح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/detail.py" line="321"/>
        <source>This order was placed elsewhere and imported by its id; SMMDesk did not send it.</source>
        <translation>قُدِّم هذا الطلب من مكان آخر واستُورد برقمه؛ لم يرسله SMMDesk.</translation>
    </message>
</context>
<context>
    <name>OrderForm</name>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="141"/>
        <location filename="../../smmdesk/gui/ordering/form.py" line="416"/>
        <source>Place order</source>
        <extracomment>what the user typed for a service they left unplaced, by (panel id, service id): a search that hides the service, or a look at another one, loses none of it</extracomment>
        <translation>تقديم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="200"/>
        <source>Reconcile…</source>
        <translation>حسم النتيجة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="185"/>
        <source>(optional)</source>
        <translation>(اختياري)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="259"/>
        <source>exactly %1</source>
        <translation>%1 بالضبط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="265"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="129"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="149"/>
        <source>min %1 · max %2</source>
        <translation>الحد الأدنى %1 · الحد الأقصى %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="272"/>
        <source>at least %1</source>
        <translation>%1 على الأقل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="320"/>
        <source>No expiry</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="295"/>
        <source>No service selected</source>
        <translation>لم تُحدَّد أي خدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="297"/>
        <source>Choose a service in the catalogue to place an order.</source>
        <translation>اختر خدمة من قائمة الخدمات لتقديم طلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="136"/>
        <source>Drip-feed</source>
        <translation>التغذية بالتنقيط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="143"/>
        <source>Deliver the quantity several times, with a pause between runs</source>
        <translation>سلِّم الكمية على عدة دفعات، مع فاصل زمني بين الدفعات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="122"/>
        <source>%1 per package</source>
        <translation>%1 للباقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="124"/>
        <source>%1 per 1000</source>
        <translation>%1 لكل ألف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="128"/>
        <source>ID %1</source>
        <translation>الرقم %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="314"/>
        <source>1 line</source>
        <translation>سطر واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/fields.py" line="477"/>
        <source>%1 = quantity %2</source>
        <translation>%1 = الكمية %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="375"/>
        <source>Cost: —</source>
        <translation>التكلفة: —</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="51"/>
        <source>Cost ≈ up to %1 per post</source>
        <translation>التكلفة ≈ حتى %1 لكل منشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="53"/>
        <source>Cost ≈ %1</source>
        <translation>التكلفة ≈ %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="59"/>
        <source>Balance after ≈ %1 — not enough funds on the panel</source>
        <translation>الرصيد بعده ≈ %1 — الرصيد في اللوحة غير كافٍ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="63"/>
        <source>Balance after ≈ %1</source>
        <translation>الرصيد بعده ≈ %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="393"/>
        <source>Choose a service in the catalogue to place an order</source>
        <translation>اختر خدمة من قائمة الخدمات لتقديم طلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="395"/>
        <source>Open a panel to place orders</source>
        <translation>افتح لوحة لتقديم الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="397"/>
        <source>Placing the order… wait for the panel&apos;s answer</source>
        <translation>جارٍ تقديم الطلب… انتظر رد اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="68"/>
        <source>%1 to place the order</source>
        <translation>%1 لتقديم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="408"/>
        <source>The price of this service is unknown, so it cannot be ordered</source>
        <translation>سعر هذه الخدمة غير معروف، لذا لا يمكن طلبها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="416"/>
        <source>Placing…</source>
        <translation>جارٍ التقديم…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="464"/>
        <source>Another order is still being sent; wait for its answer.</source>
        <translation>لا يزال طلب آخر قيد الإرسال؛ انتظر رده.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="116"/>
        <source>The link must not contain spaces</source>
        <translation>يجب ألا يحتوي الرابط على مسافات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="119"/>
        <source>One hashtag per line: line %1 has a space (“%2”)</source>
        <translation>وسم واحد في كل سطر: السطر %1 يحتوي على مسافة («%2»)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="123"/>
        <source>One username per line: line %1 has a space (“%2”)</source>
        <translation>اسم مستخدم واحد في كل سطر: السطر %1 يحتوي على مسافة («%2»)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="128"/>
        <source>A hashtag cannot contain spaces</source>
        <translation>لا يمكن أن يحتوي الوسم على مسافات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="130"/>
        <source>A username cannot contain spaces</source>
        <translation>لا يمكن أن يحتوي اسم المستخدم على مسافات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="131"/>
        <source>%1 cannot contain spaces</source>
        <translation>لا يمكن أن يحتوي حقل «%1» على مسافات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="138"/>
        <source>Use a link that starts with https:// or http://</source>
        <translation>استخدم رابطًا يبدأ بـ https:// أو http://</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="142"/>
        <source>The link has no site name after https://</source>
        <translation>لا يوجد اسم موقع بعد https:// في الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="143"/>
        <source>Enter a link such as https://instagram.com/name</source>
        <translation>أدخل رابطًا مثل https://instagram.com/name</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="149"/>
        <source>%1 must be a whole number</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="155"/>
        <source>%1 must be a whole number, without a decimal point</source>
        <translation>يجب أن يكون «%1» عددًا صحيحًا، دون فاصلة عشرية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="162"/>
        <source>This service cannot be ordered: the panel&apos;s limits contradict each other (min %1, max %2)</source>
        <translation>لا يمكن طلب هذه الخدمة: حدود اللوحة متناقضة (الحد الأدنى %1، الحد الأقصى %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="184"/>
        <source>%1 must be exactly %2</source>
        <translation>يجب أن يكون «%1» %2 بالضبط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="189"/>
        <source>%1 must be between %2 and %3</source>
        <translation>يجب أن يكون «%1» بين %2 و%3</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="198"/>
        <source>%1 must be at least %2</source>
        <translation>يجب ألا يقل «%1» عن %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="206"/>
        <source>Line %1 has no hashtag</source>
        <translation>السطر %1 لا يحتوي على وسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="208"/>
        <source>Line %1 has no username</source>
        <translation>السطر %1 لا يحتوي على اسم مستخدم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="213"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="217"/>
        <source>%1 must be one of %2</source>
        <translation>يجب أن يكون «%1» إحدى القيم: %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="225"/>
        <source>%1: enter a date as day/month/year, e.g. %2</source>
        <translation>%1: أدخل التاريخ بصيغة يوم/شهر/سنة، مثل %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="232"/>
        <source>%1 must be after today</source>
        <translation>يجب أن يكون «%1» بعد اليوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="239"/>
        <source>Enter the interval too: drip-feed needs both</source>
        <translation>أدخل الفاصل الزمني أيضًا: التغذية بالتنقيط تحتاج إلى كليهما</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="242"/>
        <source>Enter the runs too: drip-feed needs both</source>
        <translation>أدخل عدد الدفعات أيضًا: التغذية بالتنقيط تحتاج إلى كليهما</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="247"/>
        <source>Total of %1 runs × %2 = %3 exceeds the maximum %4</source>
        <translation>المجموع %1 دفعات × %2 = %3 يتجاوز الحد الأقصى %4</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="256"/>
        <source>Minimum per post cannot be more than the maximum</source>
        <translation>لا يمكن أن يكون الحد الأدنى لكل منشور أكبر من الحد الأقصى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="285"/>
        <source>Enter exactly %1 replies (you entered %3)</source>
        <translation>أدخل %1 من الردود بالضبط (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="288"/>
        <source>Enter between %1 and %2 replies (you entered %3)</source>
        <translation>أدخل عددًا من الردود بين %1 و%2 (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="293"/>
        <source>Enter exactly %1 comments (you entered %3)</source>
        <translation>أدخل %1 من التعليقات بالضبط (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="296"/>
        <source>Enter between %1 and %2 comments (you entered %3)</source>
        <translation>أدخل عددًا من التعليقات بين %1 و%2 (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="301"/>
        <source>Enter exactly %1 usernames (you entered %3)</source>
        <translation>أدخل %1 من أسماء المستخدمين بالضبط (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="304"/>
        <source>Enter between %1 and %2 usernames (you entered %3)</source>
        <translation>أدخل عددًا من أسماء المستخدمين بين %1 و%2 (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="309"/>
        <source>%4: enter exactly %1 (you entered %3)</source>
        <translation>%4: أدخل %1 بالضبط (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="311"/>
        <source>%4: enter between %1 and %2 (you entered %3)</source>
        <translation>%4: أدخل عددًا بين %1 و%2 (أدخلت %3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="77"/>
        <source>%1 is required</source>
        <translation>حقل «%1» مطلوب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="91"/>
        <source>Enter the link</source>
        <translation>أدخل الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="92"/>
        <source>Enter the quantity</source>
        <translation>أدخل الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="93"/>
        <source>Enter at least one comment (one per line)</source>
        <translation>أدخل تعليقًا واحدًا على الأقل (تعليق في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="96"/>
        <source>Enter at least one username (one per line)</source>
        <translation>أدخل اسم مستخدم واحدًا على الأقل (اسم في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="99"/>
        <source>Enter at least one hashtag (one per line)</source>
        <translation>أدخل وسمًا واحدًا على الأقل (وسم في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="102"/>
        <source>Enter the hashtag</source>
        <translation>أدخل الوسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="103"/>
        <source>Enter at least one keyword</source>
        <translation>أدخل كلمة مفتاحية واحدة على الأقل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="104"/>
        <source>Enter at least one group (one per line)</source>
        <translation>أدخل مجموعة واحدة على الأقل (مجموعة في كل سطر)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="107"/>
        <source>Enter the link to the post</source>
        <translation>أدخل رابط المنشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="108"/>
        <source>Enter the answer number</source>
        <translation>أدخل رقم الإجابة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="109"/>
        <source>Choose a delay</source>
        <translation>اختر مدة التأخير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/fields.py" line="110"/>
        <source>Enter the username</source>
        <translation>أدخل اسم المستخدم</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="311"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="316"/>
        <source>%Ln replies</source>
        <translation>
            <numerusform>لا ردود</numerusform>
            <numerusform>رد واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%Ln ردود</numerusform>
            <numerusform>%Ln ردًّا</numerusform>
            <numerusform>%Ln رد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="318"/>
        <source>%Ln comments</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%Ln تعليقات</numerusform>
            <numerusform>%Ln تعليقًا</numerusform>
            <numerusform>%Ln تعليق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="320"/>
        <source>%Ln usernames</source>
        <translation>
            <numerusform>لا أسماء مستخدمين</numerusform>
            <numerusform>اسم مستخدم واحد</numerusform>
            <numerusform>اسما مستخدمَين</numerusform>
            <numerusform>%Ln أسماء مستخدمين</numerusform>
            <numerusform>%Ln اسم مستخدم</numerusform>
            <numerusform>%Ln اسم مستخدم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="322"/>
        <source>%Ln hashtags</source>
        <translation>
            <numerusform>لا أوسمة</numerusform>
            <numerusform>وسم واحد</numerusform>
            <numerusform>وسمان</numerusform>
            <numerusform>%Ln أوسمة</numerusform>
            <numerusform>%Ln وسمًا</numerusform>
            <numerusform>%Ln وسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="324"/>
        <source>%Ln keywords</source>
        <translation>
            <numerusform>لا كلمات مفتاحية</numerusform>
            <numerusform>كلمة مفتاحية واحدة</numerusform>
            <numerusform>كلمتان مفتاحيتان</numerusform>
            <numerusform>%Ln كلمات مفتاحية</numerusform>
            <numerusform>%Ln كلمة مفتاحية</numerusform>
            <numerusform>%Ln كلمة مفتاحية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="326"/>
        <source>%Ln groups</source>
        <translation>
            <numerusform>لا مجموعات</numerusform>
            <numerusform>مجموعة واحدة</numerusform>
            <numerusform>مجموعتان</numerusform>
            <numerusform>%Ln مجموعات</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
            <numerusform>%Ln مجموعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="327"/>
        <source>%Ln lines</source>
        <translation>
            <numerusform>لا أسطر</numerusform>
            <numerusform>سطر واحد</numerusform>
            <numerusform>سطران</numerusform>
            <numerusform>%Ln أسطر</numerusform>
            <numerusform>%Ln سطرًا</numerusform>
            <numerusform>%Ln سطر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/ordering/form.py" line="405"/>
        <source>(and %Ln more)</source>
        <translation>
            <numerusform>(ولا شيء آخر)</numerusform>
            <numerusform>(ومشكلة أخرى)</numerusform>
            <numerusform>(ومشكلتان أخريان)</numerusform>
            <numerusform>(و%Ln مشكلات أخرى)</numerusform>
            <numerusform>(و%Ln مشكلة أخرى)</numerusform>
            <numerusform>(و%Ln مشكلة أخرى)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/form.py" line="434"/>
        <location filename="../../smmdesk/gui/ordering/form.py" line="466"/>
        <source>This panel has no API key yet: enter it to place orders.</source>
        <translation>لا يوجد مفتاح API لهذه اللوحة بعد: أدخله لتقديم الطلبات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="73"/>
        <source>Order %1 placed — %2</source>
        <translation>قُدِّم الطلب %1 — %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="77"/>
        <source>Order %1 placed</source>
        <translation>قُدِّم الطلب %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="104"/>
        <source>Not enough funds on the panel balance (cost %1, balance %2).</source>
        <translation>الرصيد في اللوحة غير كافٍ (التكلفة %1، الرصيد %2).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="111"/>
        <source>Not enough funds on the panel balance (cost %1).</source>
        <translation>الرصيد في اللوحة غير كافٍ (التكلفة %1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="114"/>
        <source>Add funds on the panel, then place the order again.</source>
        <translation>اشحن رصيدك في اللوحة ثم قدِّم الطلب مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="121"/>
        <source>The panel said: “%1”</source>
        <translation>قالت اللوحة: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="124"/>
        <source>Not placed: %1</source>
        <translation>لم يُقدَّم: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="130"/>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="156"/>
        <source>Outcome unknown — check before retrying</source>
        <translation>النتيجة غير معروفة — تحقّق قبل إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="131"/>
        <source>The order was sent but no usable answer came back, so it may have been placed and paid for. Use Reconcile to compare the balance and settle it before placing it again.</source>
        <translation>أُرسل الطلب لكن لم يصل رد صالح، فربما قُدِّم ودُفع ثمنه. استخدم «حسم النتيجة» لمقارنة الرصيد وحسم أمره قبل تقديمه مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="147"/>
        <source>Not sent: SMMDesk could not record the order on disk, so nothing was sent.</source>
        <translation>لم يُرسَل: تعذّر على SMMDesk تسجيل الطلب على القرص، فلم يُرسَل شيء.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="157"/>
        <source>SMMDesk failed while sending (%1). Check the orders list: the order shows as unconfirmed if it may have been placed.</source>
        <translation>أخفق SMMDesk أثناء الإرسال (%1). راجع قائمة الطلبات: يظهر الطلب غير مؤكد إن كان قد قُدِّم ربما.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="168"/>
        <source>Settled: the order was placed as order %1.</source>
        <translation>حُسم: قُدِّم الطلب بوصفه الطلب %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/outcomes.py" line="171"/>
        <source>Settled: the order was not placed. You can place it again.</source>
        <translation>حُسم: لم يُقدَّم الطلب. يمكنك تقديمه مجددًا.</translation>
    </message>
</context>
<context>
    <name>OrderKinds</name>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="19"/>
        <source>Standard order: a link and a quantity</source>
        <translation>طلب عادي: رابط وكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="22"/>
        <source>Package: one fixed bundle at one price</source>
        <translation>باقة: حزمة ثابتة واحدة بسعر واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="25"/>
        <source>Your own comments, posted on the link</source>
        <translation>تعليقاتك أنت، تُنشر على الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="28"/>
        <source>Your own comments, as a package at one price</source>
        <translation>تعليقاتك أنت، في باقة بسعر واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="31"/>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="35"/>
        <source>Mentions of the accounts you list</source>
        <translation>إشارات إلى الحسابات التي تذكرها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="32"/>
        <source>Mentions of the accounts and hashtags you list</source>
        <translation>إشارات إلى الحسابات والوسوم التي تذكرها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="38"/>
        <source>Mentions of accounts that used a hashtag</source>
        <translation>إشارات إلى حسابات استخدمت وسمًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="41"/>
        <source>Mentions of a profile&apos;s followers</source>
        <translation>إشارات إلى متابعي حساب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="44"/>
        <source>Mentions of a post&apos;s likers</source>
        <translation>إشارات إلى المعجبين بمنشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="47"/>
        <source>Likes on one comment</source>
        <translation>إعجابات على تعليق واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="48"/>
        <source>Replies to one comment</source>
        <translation>ردود على تعليق واحد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="49"/>
        <source>Votes for one answer of a poll</source>
        <translation>أصوات لإجابة واحدة في استطلاع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="50"/>
        <source>Search traffic for your keywords</source>
        <translation>زيارات من البحث عن كلماتك المفتاحية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="51"/>
        <source>Invites from the groups you list</source>
        <translation>دعوات من المجموعات التي تذكرها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/order_kinds.py" line="54"/>
        <source>Subscription: an account&apos;s new posts</source>
        <translation>اشتراك: المنشورات الجديدة لحساب</translation>
    </message>
</context>
<context>
    <name>OrderRequests</name>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="79"/>
        <source>Nothing was sent</source>
        <translation>لم يُرسَل شيء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="80"/>
        <source>SMMDesk cannot reach these orders&apos; panel: %1.</source>
        <translation>لا يستطيع SMMDesk الوصول إلى لوحة هذه الطلبات: %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="81"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="123"/>
        <source>Refreshing 1 order…</source>
        <translation>جارٍ تحديث طلب واحد…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="125"/>
        <source>Refreshing %Ln orders…</source>
        <translation>
            <numerusform>لا توجد طلبات للتحديث…</numerusform>
            <numerusform>جارٍ تحديث طلب واحد…</numerusform>
            <numerusform>جارٍ تحديث طلبين…</numerusform>
            <numerusform>جارٍ تحديث %Ln طلبات…</numerusform>
            <numerusform>جارٍ تحديث %Ln طلبًا…</numerusform>
            <numerusform>جارٍ تحديث %Ln طلب…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="135"/>
        <source>Refresh failed</source>
        <translation>تعذّر التحديث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="136"/>
        <source>The status could not be fetched.</source>
        <translation>تعذّر جلب الحالة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="141"/>
        <source>Status refreshed: 1 order changed</source>
        <translation>حُدِّثت الحالة: تغيّر طلب واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="143"/>
        <source>Status refreshed: %Ln orders changed</source>
        <translation>
            <numerusform>حُدِّثت الحالة: لم يتغيّر أي طلب</numerusform>
            <numerusform>حُدِّثت الحالة: تغيّر طلب واحد</numerusform>
            <numerusform>حُدِّثت الحالة: تغيّر طلبان</numerusform>
            <numerusform>حُدِّثت الحالة: تغيّرت %Ln طلبات</numerusform>
            <numerusform>حُدِّثت الحالة: تغيّر %Ln طلبًا</numerusform>
            <numerusform>حُدِّثت الحالة: تغيّر %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="164"/>
        <source>Refill status failed</source>
        <translation>تعذّر جلب حالة إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="165"/>
        <source>The refill status could not be fetched.</source>
        <translation>تعذّر جلب حالة إعادة التعبئة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="170"/>
        <source>Refill status refreshed: 1 refill changed</source>
        <translation>حُدِّثت حالة إعادة التعبئة: تغيّرت إعادة تعبئة واحدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="172"/>
        <source>Refill status refreshed: %Ln refills changed</source>
        <translation>
            <numerusform>حُدِّثت حالة إعادة التعبئة: لم تتغيّر أي إعادة تعبئة</numerusform>
            <numerusform>حُدِّثت حالة إعادة التعبئة: تغيّرت إعادة تعبئة واحدة</numerusform>
            <numerusform>حُدِّثت حالة إعادة التعبئة: تغيّرت إعادتا تعبئة</numerusform>
            <numerusform>حُدِّثت حالة إعادة التعبئة: تغيّرت %Ln إعادات تعبئة</numerusform>
            <numerusform>حُدِّثت حالة إعادة التعبئة: تغيّرت %Ln إعادة تعبئة</numerusform>
            <numerusform>حُدِّثت حالة إعادة التعبئة: تغيّرت %Ln إعادة تعبئة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="185"/>
        <location filename="../../smmdesk/gui/orders/requests.py" line="211"/>
        <source>Requesting refills…</source>
        <translation>جارٍ طلب إعادة التعبئة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="216"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="232"/>
        <source>Cancel orders</source>
        <translation>إلغاء الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="232"/>
        <source>Cancel order</source>
        <translation>إلغاء الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="234"/>
        <source>Ask the panel to cancel this order?</source>
        <translation>أتطلب من اللوحة إلغاء هذا الطلب؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="236"/>
        <source>Ask the panel to cancel %Ln orders?</source>
        <translation>
            <numerusform>أتطلب من اللوحة إلغاء الطلبات؟</numerusform>
            <numerusform>أتطلب من اللوحة إلغاء طلب واحد؟</numerusform>
            <numerusform>أتطلب من اللوحة إلغاء طلبين؟</numerusform>
            <numerusform>أتطلب من اللوحة إلغاء %Ln طلبات؟</numerusform>
            <numerusform>أتطلب من اللوحة إلغاء %Ln طلبًا؟</numerusform>
            <numerusform>أتطلب من اللوحة إلغاء %Ln طلب؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="239"/>
        <source>The panel decides whether an order can still be canceled and refunds what was not delivered. The request is sent once.</source>
        <translation>اللوحة هي التي تقرّر إن كان الطلب لا يزال قابلًا للإلغاء، وتردّ قيمة ما لم يُسلَّم. يُرسَل الطلب مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="242"/>
        <source>Ask the panel to cancel</source>
        <translation>اطلب من اللوحة الإلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="243"/>
        <source>Keep the order</source>
        <translation>أبقِ الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="243"/>
        <source>Keep the orders</source>
        <translation>أبقِ الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="248"/>
        <source>Requesting cancellation…</source>
        <translation>جارٍ طلب الإلغاء…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="252"/>
        <source>Cancel</source>
        <translation>الإلغاء</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="276"/>
        <source>%Ln accepted</source>
        <translation>
            <numerusform>لم يُقبل أي طلب</numerusform>
            <numerusform>طلب واحد مقبول</numerusform>
            <numerusform>طلبان مقبولان</numerusform>
            <numerusform>%Ln طلبات مقبولة</numerusform>
            <numerusform>%Ln طلبًا مقبولًا</numerusform>
            <numerusform>%Ln طلب مقبول</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="277"/>
        <source>%Ln refused</source>
        <translation>
            <numerusform>لم يُرفض أي طلب</numerusform>
            <numerusform>طلب واحد مرفوض</numerusform>
            <numerusform>طلبان مرفوضان</numerusform>
            <numerusform>%Ln طلبات مرفوضة</numerusform>
            <numerusform>%Ln طلبًا مرفوضًا</numerusform>
            <numerusform>%Ln طلب مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="278"/>
        <source>%Ln unconfirmed</source>
        <translation>
            <numerusform>لا طلبات غير مؤكدة</numerusform>
            <numerusform>طلب واحد غير مؤكد</numerusform>
            <numerusform>طلبان غير مؤكدين</numerusform>
            <numerusform>%Ln طلبات غير مؤكدة</numerusform>
            <numerusform>%Ln طلبًا غير مؤكد</numerusform>
            <numerusform>%Ln طلب غير مؤكد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="279"/>
        <source>%Ln not sent</source>
        <translation>
            <numerusform>لا طلبات غير مُرسَلة</numerusform>
            <numerusform>طلب واحد لم يُرسَل</numerusform>
            <numerusform>طلبان لم يُرسَلا</numerusform>
            <numerusform>%Ln طلبات لم تُرسَل</numerusform>
            <numerusform>%Ln طلبًا لم يُرسَل</numerusform>
            <numerusform>%Ln طلب لم يُرسَل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/requests.py" line="280"/>
        <source>%Ln skipped</source>
        <translation>
            <numerusform>لم يُتخطَّ أي طلب</numerusform>
            <numerusform>طلب واحد متخطّى</numerusform>
            <numerusform>طلبان متخطّيان</numerusform>
            <numerusform>%Ln طلبات متخطّاة</numerusform>
            <numerusform>%Ln طلبًا متخطّى</numerusform>
            <numerusform>%Ln طلب متخطّى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="282"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/requests.py" line="283"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OrderTypes</name>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="163"/>
        <source>Default</source>
        <translation>افتراضي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="165"/>
        <source>Package</source>
        <translation>باقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="168"/>
        <source>Custom Comments</source>
        <translation>تعليقات مخصصة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="175"/>
        <source>Custom Comments Package</source>
        <translation>باقة تعليقات مخصصة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="181"/>
        <source>Mentions</source>
        <translation>إشارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="184"/>
        <source>Mentions with Hashtags</source>
        <translation>إشارات مع وسوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="197"/>
        <source>Mentions Custom List</source>
        <translation>إشارات بقائمة مخصصة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="204"/>
        <source>Mentions Hashtag</source>
        <translation>إشارات من وسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="219"/>
        <source>Mentions User Followers</source>
        <translation>إشارات لمتابعي مستخدم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="235"/>
        <source>Mentions Media Likers</source>
        <translation>إشارات لمعجبي منشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="248"/>
        <source>Comment Likes</source>
        <translation>إعجابات التعليقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="255"/>
        <source>Comment Replies</source>
        <translation>ردود التعليقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="270"/>
        <source>Poll</source>
        <translation>استطلاع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="283"/>
        <source>SEO</source>
        <translation>تحسين البحث (SEO)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="295"/>
        <source>Invites from Groups</source>
        <translation>دعوات من المجموعات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="307"/>
        <source>Subscriptions</source>
        <translation>اشتراكات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="159"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="96"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="97"/>
        <source>Link to the page, post or profile (a username where the service asks for one)</source>
        <translation>رابط الصفحة أو المنشور أو الحساب (أو اسم مستخدم إن طلبت الخدمة ذلك)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="103"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="107"/>
        <source>Runs</source>
        <translation>عدد الدفعات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="109"/>
        <source>Drip-feed: deliver the quantity this many times (leave empty for one delivery)</source>
        <translation>التغذية بالتنقيط: سلِّم الكمية هذا العدد من المرات (اتركه فارغًا لتسليم واحد)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="119"/>
        <source>Interval (minutes)</source>
        <translation>الفاصل الزمني (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="121"/>
        <source>Drip-feed: minutes between two runs</source>
        <translation>التغذية بالتنقيط: الدقائق بين دفعتين</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="128"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="129"/>
        <source>One comment per line; the quantity is the number of lines</source>
        <translation>تعليق واحد في كل سطر؛ الكمية هي عدد الأسطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="136"/>
        <source>Usernames</source>
        <translation>أسماء المستخدمين</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="137"/>
        <source>One username per line, with or without @</source>
        <translation>اسم مستخدم واحد في كل سطر، مع @ أو بدونها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="191"/>
        <source>Hashtags</source>
        <translation>الأوسمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="192"/>
        <source>One hashtag per line, with or without #</source>
        <translation>وسم واحد في كل سطر، مع # أو بدونها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="210"/>
        <source>Hashtag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="211"/>
        <source>Hashtag to take the usernames from, with or without #</source>
        <translation>الوسم الذي تؤخذ منه أسماء المستخدمين، مع # أو بدونها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="214"/>
        <source>#hashtag</source>
        <translation>#وسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="226"/>
        <source>Profile to take followers from</source>
        <translation>الحساب الذي يؤخذ منه المتابعون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="227"/>
        <source>Link to the profile whose followers get mentioned</source>
        <translation>رابط الحساب الذي تتم الإشارة إلى متابعيه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="241"/>
        <source>Media link</source>
        <translation>رابط المنشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="242"/>
        <source>Link to the post whose likers get mentioned</source>
        <translation>رابط المنشور الذي تتم الإشارة إلى المعجبين به</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="142"/>
        <source>Comment owner</source>
        <translation>صاحب التعليق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="143"/>
        <source>Username of the person who wrote the comment</source>
        <translation>اسم مستخدم الشخص الذي كتب التعليق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="144"/>
        <location filename="../../smmdesk/core/ordertypes.py" line="313"/>
        <source>username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="261"/>
        <source>Replies</source>
        <translation>الردود</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="262"/>
        <source>One reply per line; the quantity is the number of lines</source>
        <translation>رد واحد في كل سطر؛ الكمية هي عدد الأسطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="276"/>
        <source>Answer number</source>
        <translation>رقم الإجابة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="277"/>
        <source>Which answer gets the votes: 1 for the first</source>
        <translation>الإجابة التي تحصل على الأصوات: 1 للإجابة الأولى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="289"/>
        <source>Keywords</source>
        <translation>الكلمات المفتاحية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="290"/>
        <source>One keyword per line, or separated by commas</source>
        <translation>كلمة مفتاحية واحدة في كل سطر، أو مفصولة بفواصل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="301"/>
        <source>Groups</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="302"/>
        <source>One group per line</source>
        <translation>مجموعة واحدة في كل سطر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="311"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="312"/>
        <source>The account whose new posts get the service</source>
        <translation>الحساب الذي تحصل منشوراته الجديدة على الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="315"/>
        <source>Minimum per post</source>
        <translation>الحد الأدنى لكل منشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="316"/>
        <source>Maximum per post</source>
        <translation>الحد الأقصى لكل منشور</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="320"/>
        <source>New posts</source>
        <translation>المنشورات الجديدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="322"/>
        <source>How many new posts to serve (leave empty for no limit)</source>
        <translation>عدد المنشورات الجديدة المشمولة (اتركه فارغًا بلا حد)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="330"/>
        <source>Old posts</source>
        <translation>المنشورات القديمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="332"/>
        <source>How many existing posts to serve as well</source>
        <translation>عدد المنشورات الحالية المشمولة أيضًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="338"/>
        <source>Delay (minutes)</source>
        <translation>التأخير (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="339"/>
        <source>Wait this long after a new post; older panels accept only up to 90</source>
        <translation>مدة الانتظار بعد كل منشور جديد؛ اللوحات القديمة تقبل حتى تسعين دقيقة فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="347"/>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/core/ordertypes.py" line="349"/>
        <source>Optional last day, as day/month/year</source>
        <translation>آخر يوم (اختياري)، بصيغة يوم/شهر/سنة</translation>
    </message>
</context>
<context>
    <name>OrdersBanner</name>
    <message>
        <location filename="../../smmdesk/gui/orders/banner.py" line="48"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/banner.py" line="50"/>
        <source>Dismiss this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>OrdersPane</name>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="65"/>
        <location filename="../../smmdesk/gui/orders/pane.py" line="175"/>
        <source>Orders</source>
        <extracomment>newest orders shown at once, on the GUI thread, while the rest loads on a worker how often stuck orders are looked for again (an order becomes stuck by not moving) after orders changed, the next look for stuck orders waits this long (changes come in bursts) what &quot;now&quot; is for stuck orders (tests set it to the sandbox&apos;s clock)</extracomment>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="77"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="129"/>
        <source>Search orders</source>
        <translation>البحث في الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="131"/>
        <source>Search link, service or order number</source>
        <translation>ابحث بالرابط أو الخدمة أو رقم الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="140"/>
        <source>Show orders with this status</source>
        <translation>عرض الطلبات ذات هذه الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="144"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="147"/>
        <source>Show orders of one panel</source>
        <translation>عرض طلبات لوحة واحدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="149"/>
        <source>All panels</source>
        <translation>كل اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="150"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="153"/>
        <source>Show orders of one service</source>
        <translation>عرض طلبات خدمة واحدة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="155"/>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="157"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="161"/>
        <source>Show orders placed in this period</source>
        <translation>عرض الطلبات المقدَّمة في هذه الفترة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="164"/>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="165"/>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="166"/>
        <source>Last 7 days</source>
        <translation>آخر سبعة أيام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="167"/>
        <source>Last 30 days</source>
        <translation>آخر ثلاثين يومًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="168"/>
        <source>Date range…</source>
        <translation>نطاق تاريخ…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="171"/>
        <source>Placed</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="176"/>
        <source>From this day</source>
        <translation>من هذا اليوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="177"/>
        <source>To this day (included)</source>
        <translation>حتى هذا اليوم (ضمنًا)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="211"/>
        <source>Panel name</source>
        <translation>اسم اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="222"/>
        <source>Outcome unknown</source>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/bars.py" line="227"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="234"/>
        <source>Order details</source>
        <translation>تفاصيل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="375"/>
        <source>Orders could not be loaded: %1</source>
        <translation>تعذّر تحميل الطلبات: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="520"/>
        <source>No orders yet</source>
        <translation>لا توجد طلبات بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="523"/>
        <source>1 order</source>
        <translation>طلب واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/pane.py" line="523"/>
        <source>%Ln orders</source>
        <translation>
            <numerusform>لا توجد طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/pane.py" line="525"/>
        <source>%1 of %Ln orders</source>
        <translation>
            <numerusform>%1 من أصل %Ln طلب</numerusform>
            <numerusform>%1 من أصل طلب واحد</numerusform>
            <numerusform>%1 من أصل طلبين</numerusform>
            <numerusform>%1 من أصل %Ln طلبات</numerusform>
            <numerusform>%1 من أصل %Ln طلبًا</numerusform>
            <numerusform>%1 من أصل %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/pane.py" line="527"/>
        <source>loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
</context>
<context>
    <name>OrdersStatus</name>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="71"/>
        <source>All statuses</source>
        <extracomment>status filter key -&gt; (label, categories it keeps); &quot;active&quot;, &quot;attention&quot; and &quot;stuck&quot; are computed. Labels are functions: they are translated when the combo box is filled.</extracomment>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="72"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="17"/>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="75"/>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="78"/>
        <source>Stuck</source>
        <translation>عالقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="81"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="14"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="86"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="15"/>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="91"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="19"/>
        <source>Partial</source>
        <translation>جزئي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="96"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="20"/>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="101"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="21"/>
        <source>Canceled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="106"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="22"/>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="111"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="153"/>
        <source>Outcome unknown</source>
        <translation>النتيجة غير معروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="288"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="116"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="155"/>
        <source>Not placed</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="121"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="154"/>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="25"/>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="16"/>
        <source>Processing</source>
        <translation>قيد المعالجة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="18"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="23"/>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/statuses.py" line="24"/>
        <source>Old</source>
        <translation>قديم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="282"/>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="156"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="157"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status_tables.py" line="158"/>
        <source>Awaiting status</source>
        <translation>بانتظار الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="216"/>
        <source>The panel says the balance is too low. Add funds on the panel, then place the order again.</source>
        <translation>تقول اللوحة إن الرصيد غير كافٍ. اشحن رصيدك في اللوحة ثم قدِّم الطلب مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="222"/>
        <source>The panel did not accept the link. Check that it is the full, public link the service asks for.</source>
        <translation>لم تقبل اللوحة الرابط. تأكد أنه الرابط الكامل والعام الذي تطلبه الخدمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="228"/>
        <source>The panel already has an active order for this link. Wait until it completes, or use another link.</source>
        <translation>لدى اللوحة طلب نشط لهذا الرابط بالفعل. انتظر حتى يكتمل، أو استخدم رابطًا آخر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="234"/>
        <source>The panel did not accept the quantity.</source>
        <translation>لم تقبل اللوحة الكمية.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="236"/>
        <source>The panel no longer knows this service. Refresh the catalogue and choose another.</source>
        <translation>لم تعد اللوحة تعرف هذه الخدمة. حدِّث قائمة الخدمات واختر خدمة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="241"/>
        <source>This service is disabled on the panel right now. Choose another service.</source>
        <translation>هذه الخدمة معطّلة في اللوحة حاليًا. اختر خدمة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="246"/>
        <source>The panel refused the API key. Check it in the panel settings (copy it again from the panel&apos;s API page).</source>
        <translation>رفضت اللوحة مفتاح API. تحقّق منه في إعدادات اللوحة (انسخه مجددًا من صفحة API في اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="252"/>
        <source>Not sent: the panel could not be reached, so no order was placed and no money was spent. Check the connection and try again.</source>
        <translation>لم يُرسَل: تعذّر الوصول إلى اللوحة، فلم يُقدَّم أي طلب ولم يُخصم أي مبلغ. تحقّق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="257"/>
        <source>The panel refused the order.</source>
        <translation>رفضت اللوحة الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="263"/>
        <source>The panel answered “too many requests”. Usually that means the order was not processed, but SMMDesk cannot be sure.</source>
        <translation>ردّت اللوحة بـ«طلبات كثيرة جدًا». يعني ذلك عادةً أن الطلب لم يُعالَج، لكن SMMDesk لا يستطيع الجزم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="269"/>
        <source>The panel answered with an unexpected page instead of an order number (%1).</source>
        <translation>ردّت اللوحة بصفحة غير متوقعة بدلًا من رقم الطلب (%1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="274"/>
        <source>The request was sent but no usable answer came back (%1).</source>
        <translation>أُرسل الطلب لكن لم يصل رد صالح (%1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="277"/>
        <source>The request was sent but no usable answer came back.</source>
        <translation>أُرسل الطلب لكن لم يصل رد صالح.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="234"/>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="41"/>
        <source>Placed: the panel accepted it as order %1.</source>
        <translation>قُدِّم: قبلته اللوحة بوصفه الطلب %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="30"/>
        <source>SMMDesk could not save this in its database: note the number %1; after a restart the order will show as unconfirmed until you enter it.</source>
        <translation>تعذّر على SMMDesk حفظ ذلك في قاعدة بياناته: دوِّن الرقم %1؛ بعد إعادة التشغيل سيظهر الطلب غير مؤكد حتى تُدخله.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="22"/>
        <source>The panel also said: “%1”.</source>
        <translation>وقالت اللوحة أيضًا: «%1».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="50"/>
        <source>Not placed: %1</source>
        <translation>لم يُقدَّم: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="54"/>
        <source>The panel said: “%1”</source>
        <translation>قالت اللوحة: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="59"/>
        <source>Unconfirmed: %1</source>
        <translation>غير مؤكد: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="63"/>
        <source>It may have been placed and paid for. Do not place it again before checking it.</source>
        <translation>ربما قُدِّم ودُفع ثمنه. لا تقدّمه مرة أخرى قبل التحقق منه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="75"/>
        <source>The order changed meanwhile (another window may have settled or sent it): nothing was changed.</source>
        <translation>تغيّر الطلب في أثناء ذلك (ربما سوّته نافذة أخرى أو أرسلته): لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="81"/>
        <source>The database %1 was written by a newer version of SMMDesk.</source>
        <translation>كُتبت قاعدة البيانات %1 بإصدار أحدث من SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="85"/>
        <source>The database %1 is damaged or is not an SMMDesk database.</source>
        <translation>قاعدة البيانات %1 تالفة أو ليست قاعدة بيانات لـ SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/outcomes.py" line="89"/>
        <source>SMMDesk could not read or write its database %1.</source>
        <translation>تعذّر على SMMDesk القراءة من قاعدة بياناته %1 أو الكتابة فيها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="283"/>
        <source>SMMDesk stopped while the order was being sent</source>
        <translation>توقّف SMMDesk أثناء إرسال الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="286"/>
        <source>SMMDesk failed while sending it</source>
        <translation>أخفق SMMDesk أثناء إرساله</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="289"/>
        <source>the panel answered “too many requests”</source>
        <translation>ردّت اللوحة بـ«طلبات كثيرة جدًا»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="292"/>
        <source>the panel answered with an unexpected page</source>
        <translation>ردّت اللوحة بصفحة غير متوقعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="295"/>
        <source>no answer from the panel</source>
        <translation>لا رد من اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="311"/>
        <source>details: %1</source>
        <translation>التفاصيل: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="314"/>
        <source>no details</source>
        <translation>لا تفاصيل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="135"/>
        <source>The panel later gave the same number %1 to a newer order (placed %2). This order is kept as it was last seen: SMMDesk no longer checks it or sends requests about it.</source>
        <translation>منحت اللوحة لاحقًا الرقم نفسه %1 لطلب أحدث (قُدِّم في %2). حُفظ هذا الطلب كما ظهر آخر مرة: لم يعد SMMDesk يتحقق منه ولا يرسل طلبات بشأنه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="142"/>
        <source>The panel later gave the same number %1 to a newer order. This order is kept as it was last seen: SMMDesk no longer checks it or sends requests about it.</source>
        <translation>منحت اللوحة لاحقًا الرقم نفسه %1 لطلب أحدث. حُفظ هذا الطلب كما ظهر آخر مرة: لم يعد SMMDesk يتحقق منه ولا يرسل طلبات بشأنه.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="149"/>
        <source>The panel reused order number %1: an earlier order (placed %2) already had it. Updates for %1 now go to this order; the earlier one is kept as it was.</source>
        <translation>أعادت اللوحة استخدام رقم الطلب %1: كان لطلب سابق (قُدِّم في %2) الرقم نفسه. تذهب تحديثات %1 الآن إلى هذا الطلب، ويُحفظ الطلب السابق كما كان.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="155"/>
        <source>The panel reused order number %1: an earlier order already had it. Updates for %1 now go to this order; the earlier one is kept as it was.</source>
        <translation>أعادت اللوحة استخدام رقم الطلب %1: كان لطلب سابق الرقم نفسه. تذهب تحديثات %1 الآن إلى هذا الطلب، ويُحفظ الطلب السابق كما كان.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="210"/>
        <source>Saved in a queue and not sent yet.</source>
        <extracomment>the words of each local state but ACCEPTED (a placed order reads from its status)</extracomment>
        <translation>محفوظ في قائمة الانتظار ولم يُرسَل بعد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="213"/>
        <source>Being sent to the panel. If SMMDesk stops before the answer arrives, the order becomes “outcome unknown”.</source>
        <translation>جارٍ إرساله إلى اللوحة. إذا توقّف SMMDesk قبل وصول الرد، تصبح نتيجة الطلب «غير معروفة».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="179"/>
        <source>Not sent: SMMDesk could not reach the panel (%1). No order was placed and no money was spent.</source>
        <translation>لم يُرسَل: تعذّر على SMMDesk الوصول إلى اللوحة (%1). لم يُقدَّم أي طلب ولم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="185"/>
        <source>Not placed: the panel refused the API key. No money was spent.</source>
        <translation>لم يُقدَّم: رفضت اللوحة مفتاح API. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="191"/>
        <source>Not placed: the panel refused it. No money was spent.</source>
        <translation>لم يُقدَّم: رفضته اللوحة. لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="194"/>
        <source>Not placed: the panel refused it (“%1”). No money was spent.</source>
        <translation>لم يُقدَّم: رفضته اللوحة («%1»). لم يُخصم أي مبلغ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="200"/>
        <source>Outcome unknown: the order was sent but no usable answer came back (%1). It may have been placed and paid for. SMMDesk never sends it again by itself: use “Check…” to settle it.</source>
        <translation>النتيجة غير معروفة: أُرسل الطلب لكن لم يصل رد صالح (%1). ربما قُدِّم ودُفع ثمنه. لا يعيد SMMDesk إرساله من تلقاء نفسه أبدًا: استخدم «تحقّق…» لحسم أمره.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="220"/>
        <source>Settled as not placed: after an unknown outcome it was checked and found not placed.</source>
        <translation>حُسم على أنه لم يُقدَّم: بعد نتيجة غير معروفة جرى التحقق منه فتبيّن أنه لم يُقدَّم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="230"/>
        <source>Tracked by id: order %1 was placed elsewhere.</source>
        <translation>متابَع برقمه: الطلب %1 قُدِّم من مكان آخر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="242"/>
        <source>The panel now answers “%1” about it.</source>
        <translation>تجيب اللوحة عنه الآن بـ«%1».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="246"/>
        <source>Its status has not been fetched yet.</source>
        <translation>لم تُجلب حالته بعد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="248"/>
        <source>Last status: %1.</source>
        <translation>آخر حالة: %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="278"/>
        <source>Requested</source>
        <translation>مطلوبة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="284"/>
        <source>Refused</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/status.py" line="286"/>
        <source>Unconfirmed</source>
        <translation>غير مؤكدة</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="112"/>
        <source>Removed panel</source>
        <translation>لوحة محذوفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="114"/>
        <source>%1 (removed)</source>
        <translation>%1 (محذوفة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="202"/>
        <source>Charged by the panel</source>
        <translation>المبلغ الذي خصمته اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="204"/>
        <source>Estimated cost when placed; the panel has not reported a charge yet</source>
        <translation>التكلفة المقدّرة عند التقديم؛ لم تُبلغ اللوحة عن المبلغ المخصوم بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="224"/>
        <source>Refill #%1</source>
        <translation>إعادة التعبئة #%1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="279"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="280"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="281"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="282"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="283"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="284"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="285"/>
        <source>Charge</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="286"/>
        <source>Delivered</source>
        <translation>المُسلَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="287"/>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="288"/>
        <source>Remains</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="289"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="290"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="293"/>
        <source>When the order was placed (local time)</source>
        <translation>وقت تقديم الطلب (بالتوقيت المحلي)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="296"/>
        <source>The panel&apos;s order number</source>
        <translation>رقم الطلب في اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="297"/>
        <source>The panel&apos;s status, or where the order stands locally</source>
        <translation>حالة الطلب في اللوحة، أو وضعه محليًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="300"/>
        <source>Service id and name</source>
        <translation>رقم الخدمة واسمها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="301"/>
        <source>The link (or username) the order is for</source>
        <translation>الرابط (أو اسم المستخدم) الذي قُدِّم له الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="304"/>
        <source>Quantity ordered</source>
        <translation>الكمية المطلوبة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="305"/>
        <source>What the panel charged (≈: the estimate made when placing)</source>
        <translation>المبلغ الذي خصمته اللوحة (≈: التقدير المحسوب عند التقديم)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="308"/>
        <source>Delivered so far: (quantity − remains) / quantity</source>
        <translation>المُسلَّم حتى الآن: (الكمية − المتبقي) / الكمية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="311"/>
        <source>The count when delivery started, as the panel reports it</source>
        <translation>العدد عند بدء التسليم، كما تُبلغ عنه اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="314"/>
        <source>How many are still to be delivered</source>
        <translation>كم بقي للتسليم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="317"/>
        <source>The latest refill request and its status</source>
        <translation>آخر طلب إعادة تعبئة وحالته</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/columns.py" line="320"/>
        <source>The panel the order was placed on</source>
        <translation>اللوحة التي قُدِّم فيها الطلب</translation>
    </message>
</context>
<context>
    <name>PanelErrors</name>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="42"/>
        <location filename="../../smmdesk/gui/wording/errors.py" line="96"/>
        <source>The panel refused the API key.</source>
        <translation>رفضت اللوحة مفتاح API.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="43"/>
        <source>The panel refused the order: the balance is not enough.</source>
        <translation>رفضت اللوحة الطلب: الرصيد غير كافٍ.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="46"/>
        <source>The panel refused the order: this link already has an active order.</source>
        <translation>رفضت اللوحة الطلب: لهذا الرابط طلب نشط بالفعل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="49"/>
        <source>The panel refused the link as invalid.</source>
        <translation>رفضت اللوحة الرابط لأنه غير صالح.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="52"/>
        <source>The panel refused the quantity: it is outside the service&apos;s limits.</source>
        <translation>رفضت اللوحة الكمية: إنها خارج حدود الخدمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="55"/>
        <source>This service is disabled on the panel.</source>
        <translation>هذه الخدمة معطّلة في اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="58"/>
        <source>The panel does not know this service.</source>
        <translation>لا تعرف اللوحة هذه الخدمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="61"/>
        <source>The panel does not allow a refill of this order.</source>
        <translation>لا تسمح اللوحة بإعادة تعبئة هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="64"/>
        <source>The panel does not know this refill.</source>
        <translation>لا تعرف اللوحة طلب إعادة التعبئة هذا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="67"/>
        <source>The panel does not know this order.</source>
        <translation>لا تعرف اللوحة هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="70"/>
        <source>The panel does not allow canceling this order.</source>
        <translation>لا تسمح اللوحة بإلغاء هذا الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="73"/>
        <source>The panel does not support this action.</source>
        <translation>لا تدعم اللوحة هذا الإجراء.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="76"/>
        <source>The panel asks to slow down (too many requests).</source>
        <translation>تطلب اللوحة الإبطاء (طلبات كثيرة جدًا).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="80"/>
        <source>The panel said: “%1”</source>
        <translation>قالت اللوحة: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="85"/>
        <source>The panel refused the request: %1</source>
        <translation>رفضت اللوحة الطلب: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="181"/>
        <source>database unavailable</source>
        <translation>قاعدة البيانات غير متاحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="84"/>
        <source>No API key is set for this panel: nothing was sent.</source>
        <translation>لم يُضبط مفتاح API لهذه اللوحة: لم يُرسَل شيء.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="102"/>
        <source>The panel is limiting requests.</source>
        <translation>تحدّ اللوحة من عدد الطلبات.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="158"/>
        <source>Could not reach the panel.</source>
        <translation>تعذّر الوصول إلى اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="180"/>
        <source>The panel&apos;s answer was lost: the request may or may not have been processed.</source>
        <translation>ضاع ردّ اللوحة: ربما عولج الطلب وربما لم يُعالَج.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="139"/>
        <source>The panel sent an answer SMMDesk cannot read.</source>
        <translation>أرسلت اللوحة ردًّا لا يستطيع SMMDesk قراءته.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="124"/>
        <source>The panel limits how often it can be asked; SMMDesk will wait and try again.</source>
        <translation>تحدّ اللوحة من عدد مرات سؤالها؛ سينتظر SMMDesk ثم يحاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="129"/>
        <source>Check the API key in the panel settings (copy it again from the panel&apos;s API page).</source>
        <translation>تحقّق من مفتاح API في إعدادات اللوحة (انسخه مجددًا من صفحة API في اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="134"/>
        <source>Enter the panel&apos;s API key (from the panel&apos;s API page).</source>
        <translation>أدخل مفتاح API الخاص باللوحة (من صفحة API في اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="138"/>
        <source>Check the panel URL and your internet connection, then try again.</source>
        <translation>تحقّق من رابط اللوحة ومن اتصالك بالإنترنت، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="142"/>
        <source>Check the order list on the panel before trying again: it may have been placed.</source>
        <translation>راجع قائمة الطلبات في اللوحة قبل المحاولة مجددًا: ربما قُدِّم الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="147"/>
        <source>The panel sent far more data than an API answer holds; check the panel URL.</source>
        <translation>أرسلت اللوحة بيانات أكثر بكثير مما يحمله ردّ API؛ تحقّق من رابط اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="152"/>
        <source>The panel sent an unexpected page (maintenance, firewall or a wrong API URL).</source>
        <translation>أرسلت اللوحة صفحة غير متوقعة (صيانة، أو جدار حماية، أو رابط API خاطئ).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="116"/>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="99"/>
        <source>The panel is limiting requests; it asks to wait %1 s.</source>
        <translation>تحدّ اللوحة من عدد الطلبات؛ وتطلب الانتظار %1 ث.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="165"/>
        <source>SMMDesk could not use its database.</source>
        <translation>تعذّر على SMMDesk استخدام قاعدة بياناته.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="175"/>
        <source>API key refused</source>
        <translation>رُفض مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="177"/>
        <source>too many requests</source>
        <translation>طلبات كثيرة جدًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="226"/>
        <source>API key needed</source>
        <translation>مطلوب مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="214"/>
        <source>no connection</source>
        <translation>لا اتصال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="57"/>
        <source>Could not connect to %1 within %2 s.</source>
        <translation>تعذّر الاتصال بـ %1 خلال %2 ث.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="60"/>
        <source>Could not connect to %1: the connection was refused.</source>
        <translation>تعذّر الاتصال بـ %1: رُفض الاتصال.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="63"/>
        <source>Could not connect to %1: no server has this name.</source>
        <translation>تعذّر الاتصال بـ %1: لا يوجد خادم بهذا الاسم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="66"/>
        <source>Could not connect to %1.</source>
        <translation>تعذّر الاتصال بـ %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="69"/>
        <source>The secure connection to %1 failed.</source>
        <translation>فشل الاتصال الآمن بـ %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="72"/>
        <source>The proxy refused the connection.</source>
        <translation>رفض الخادم الوسيط (proxy) الاتصال.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="75"/>
        <source>The panel URL is not usable.</source>
        <translation>لا يمكن استخدام رابط اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="78"/>
        <source>This panel connection is closed.</source>
        <translation>اتصال هذه اللوحة مغلق.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="81"/>
        <source>The request was cancelled before it was sent.</source>
        <translation>أُلغي الطلب قبل إرساله.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="89"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>لم يُجب %1 خلال %2 ث.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="92"/>
        <source>The connection to %1 was lost after the request was sent.</source>
        <translation>انقطع الاتصال بـ %1 بعد إرسال الطلب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="95"/>
        <source>The answer from %1 was cut off.</source>
        <translation>انقطع الردّ الوارد من %1 قبل اكتماله.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="98"/>
        <source>The request to %1 failed.</source>
        <translation>فشل الطلب إلى %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="103"/>
        <source>The panel sent an empty answer.</source>
        <translation>أرسلت اللوحة ردًّا فارغًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="106"/>
        <source>The panel&apos;s answer is not JSON.</source>
        <translation>ردّ اللوحة ليس بصيغة JSON.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="109"/>
        <source>The panel answered with a web page (Cloudflare/maintenance?) instead of API data.</source>
        <translation>ردّت اللوحة بصفحة ويب (Cloudflare أو صيانة؟) بدلًا من بيانات API.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="113"/>
        <source>The panel&apos;s server printed a PHP error instead of API data (a panel-side fault).</source>
        <translation>طبع خادم اللوحة خطأ PHP بدلًا من بيانات API (عطل من جهة اللوحة).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="117"/>
        <source>The panel&apos;s answer was cut off or is malformed JSON.</source>
        <translation>ردّ اللوحة مقطوع أو بصيغة JSON غير سليمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="120"/>
        <source>The panel&apos;s answer has an unexpected shape.</source>
        <translation>ردّ اللوحة بشكل غير متوقع.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="123"/>
        <source>The panel URL redirects (HTTP %1) to %2; use that address as the panel URL.</source>
        <translation>يحوّل رابط اللوحة (HTTP %1) إلى %2؛ استخدم ذلك العنوان رابطًا للوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="127"/>
        <source>The panel URL was not found (HTTP 404); check the API URL.</source>
        <translation>لم يُعثر على رابط اللوحة (HTTP 404)؛ تحقّق من رابط API.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="130"/>
        <source>The panel refused the request (HTTP %1).</source>
        <translation>رفضت اللوحة الطلب (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="133"/>
        <source>The panel sent an answer larger than %1 MB; SMMDesk stopped reading it.</source>
        <translation>أرسلت اللوحة ردًّا أكبر من %1 ميغابايت؛ توقّف SMMDesk عن قراءته.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="136"/>
        <source>The panel&apos;s service list holds no usable service.</source>
        <translation>لا تحوي قائمة خدمات اللوحة أي خدمة صالحة للاستخدام.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="174"/>
        <source>The panel&apos;s server failed (HTTP %1).</source>
        <translation>أخفق خادم اللوحة (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="207"/>
        <source>no connection in time</source>
        <translation>لم يتم الاتصال في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="210"/>
        <source>connection refused</source>
        <translation>رُفض الاتصال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="211"/>
        <source>no server has this name</source>
        <translation>لا يوجد خادم بهذا الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="215"/>
        <source>secure connection failed</source>
        <translation>فشل الاتصال الآمن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="218"/>
        <source>proxy refused the connection</source>
        <translation>رفض الخادم الوسيط (proxy) الاتصال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="221"/>
        <source>unusable panel URL</source>
        <translation>رابط لوحة غير صالح للاستخدام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="222"/>
        <source>connection closed</source>
        <translation>الاتصال مغلق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="223"/>
        <source>request cancelled</source>
        <translation>أُلغي الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="227"/>
        <source>no answer in time</source>
        <translation>لا ردّ في الوقت المحدد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="230"/>
        <source>connection lost</source>
        <translation>انقطع الاتصال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="233"/>
        <source>answer cut off</source>
        <translation>ردّ مقطوع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="234"/>
        <source>server error</source>
        <translation>خطأ في الخادم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="235"/>
        <source>answer too large</source>
        <translation>ردّ كبير جدًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="236"/>
        <source>no answer</source>
        <translation>لا ردّ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="237"/>
        <source>empty answer</source>
        <translation>ردّ فارغ</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="238"/>
        <source>answer is not JSON</source>
        <translation>الردّ ليس بصيغة JSON</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="239"/>
        <source>a web page instead of API data</source>
        <translation>صفحة ويب بدلًا من بيانات API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="242"/>
        <source>a PHP error instead of API data</source>
        <translation>خطأ PHP بدلًا من بيانات API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="245"/>
        <source>answer cut off or malformed</source>
        <translation>ردّ مقطوع أو غير سليم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="248"/>
        <source>unexpected answer</source>
        <translation>ردّ غير متوقع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="251"/>
        <source>the URL redirects elsewhere</source>
        <translation>الرابط يحوّل إلى عنوان آخر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="254"/>
        <source>API URL not found</source>
        <translation>رابط API غير موجود</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="255"/>
        <source>refused by the web server</source>
        <translation>رفضه خادم الويب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="258"/>
        <source>no usable service</source>
        <translation>لا توجد خدمة صالحة للاستخدام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/failures.py" line="260"/>
        <source>unreadable answer</source>
        <translation>ردّ غير مقروء</translation>
    </message>
</context>
<context>
    <name>PanelListModel</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="121"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="122"/>
        <source>API URL</source>
        <translation>رابط API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="123"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="124"/>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="152"/>
        <source>{name} (open)</source>
        <translation>{name} (مفتوحة)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="156"/>
        <source>Built-in demo panel</source>
        <translation>لوحة تجريبية مدمجة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="169"/>
        <source>No secure keyring is available: the key is forgotten when SMMDesk closes.</source>
        <translation>لا يتوفر مخزن مفاتيح آمن: يُنسى المفتاح عند إغلاق SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="172"/>
        <source>No key is stored for this panel: use Edit to enter it.</source>
        <translation>لا يوجد مفتاح محفوظ لهذه اللوحة: استخدم «تعديل» لإدخاله.</translation>
    </message>
</context>
<context>
    <name>PanelSession</name>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="163"/>
        <source>Updating catalogue…</source>
        <extracomment>why the last service list the panel sent was not used (None: it was, or none yet)</extracomment>
        <translation>جارٍ تحديث قائمة الخدمات…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="211"/>
        <source>Catalogue update failed</source>
        <translation>فشل تحديث قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="217"/>
        <source>Catalogue not updated: the panel sent an empty list</source>
        <translation>لم تُحدَّث قائمة الخدمات: أرسلت اللوحة قائمة فارغة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="219"/>
        <source>Catalogue not updated: most of the panel&apos;s list was unusable</source>
        <translation>لم يُحدَّث الكتالوج: معظم قائمة اللوحة غير صالح للاستخدام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="220"/>
        <source>Catalogue not updated: the panel sent an unusable list</source>
        <translation>لم تُحدَّث قائمة الخدمات: أرسلت اللوحة قائمة غير صالحة للاستخدام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="230"/>
        <source>The panel answered a service list SMMDesk cannot trust (most of its %2 entries are not usable services); the saved catalogue (from %1) is kept.</source>
        <translation>أرسلت اللوحة قائمة خدمات لا يمكن لـ SMMDesk الاعتماد عليها (معظم عناصرها البالغة %2 ليست خدمات صالحة)؛ أُبقي على الكتالوج المحفوظ (من %1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="238"/>
        <source>The panel answered an empty service list; the saved catalogue (from %1) is kept.</source>
        <translation>أرسلت اللوحة قائمة خدمات فارغة؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="243"/>
        <source>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service); the saved catalogue (from %1) is kept.</source>
        <translation>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا تحتوي على أي خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (عنصرها الوحيد ليس خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عنصريها خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)؛ أُبقيت قائمة الخدمات المحفوظة (من %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="251"/>
        <source>The panel answered an empty service list, and there is no saved catalogue to show.</source>
        <translation>أرسلت اللوحة قائمة خدمات فارغة، ولا توجد قائمة خدمات محفوظة لعرضها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="254"/>
        <source>The panel answered a service list SMMDesk cannot use (none of its %Ln entries is a service), and there is no saved catalogue to show.</source>
        <translation>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا تحتوي على أي خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (عنصرها الوحيد ليس خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عنصريها خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
            <numerusform>أرسلت اللوحة قائمة خدمات لا يستطيع SMMDesk استخدامها (لا يمثّل أيٌّ من عناصرها الـ%Ln خدمة)، ولا توجد قائمة خدمات محفوظة لعرضها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="262"/>
        <source>Catalogue not loaded</source>
        <translation>لم تُحمَّل قائمة الخدمات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/runtime/session.py" line="265"/>
        <source>Catalogue updated just now</source>
        <translation>حُدّثت قائمة الخدمات للتو</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="267"/>
        <source>Catalogue updated %Ln min ago</source>
        <translation>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln دقيقة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل دقيقة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل دقيقتين</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln دقائق</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln دقيقة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="270"/>
        <source>Catalogue updated %Ln h ago</source>
        <translation>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln ساعة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل ساعة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل ساعتين</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln ساعات</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln ساعة</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/session.py" line="271"/>
        <source>Catalogue updated %Ln days ago</source>
        <translation>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln يوم</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل يوم</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل يومين</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln أيام</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln يومًا</numerusform>
            <numerusform>حُدّثت قائمة الخدمات قبل %Ln يوم</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PanelSwitcher</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="363"/>
        <source>Panel</source>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="364"/>
        <source>Switch panel</source>
        <translation>بدّل اللوحة</translation>
    </message>
</context>
<context>
    <name>PanelsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="58"/>
        <source>checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="60"/>
        <source>keyring</source>
        <translation>مخزن المفاتيح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="61"/>
        <source>this session only</source>
        <translation>هذه الجلسة فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="62"/>
        <source>missing</source>
        <translation>غير موجود</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="63"/>
        <source>not needed (demo)</source>
        <translation>غير مطلوب (تجريبية)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="64"/>
        <source>missing (no keyring)</source>
        <translation>غير موجود (لا مخزن مفاتيح)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="65"/>
        <source>keyring locked</source>
        <translation>مخزن المفاتيح مقفل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="66"/>
        <source>keyring unreadable</source>
        <translation>تعذّرت قراءة مخزن المفاتيح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="194"/>
        <source>Panels</source>
        <translation>اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="201"/>
        <source>Panel profiles</source>
        <translation>ملفات اللوحات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="220"/>
        <source>Add…</source>
        <translation>إضافة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="221"/>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="222"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="223"/>
        <source>Switch to</source>
        <translation>التبديل إليها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="235"/>
        <source>No panels yet. Add one with the API URL and key from your panel&apos;s API page.</source>
        <translation>لا توجد لوحات بعد. أضف لوحة برابط API والمفتاح من صفحة API في لوحتك.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="271"/>
        <source>The demo panel has nothing to set up.</source>
        <translation>لا شيء لإعداده في اللوحة التجريبية.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="318"/>
        <source>You can add the demo panel again from the welcome screen.</source>
        <translation>يمكنك إضافة اللوحة التجريبية مجددًا من شاشة الترحيب.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="321"/>
        <source>Its API key is deleted from the keyring. Orders placed through it stay in your order history.</source>
        <translation>يُحذف مفتاح API الخاص بها من مخزن المفاتيح، وتبقى الطلبات المقدَّمة عبرها في سجل طلباتك.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="326"/>
        <location filename="../../smmdesk/gui/panels/manage.py" line="338"/>
        <source>Remove panel</source>
        <translation>إزالة اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="327"/>
        <source>Remove the panel “{name}”?</source>
        <translation>هل تريد إزالة اللوحة «{name}»؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="329"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/manage.py" line="339"/>
        <source>The panel could not be removed: {error}</source>
        <translation>تعذّرت إزالة اللوحة: {error}</translation>
    </message>
</context>
<context>
    <name>PollWorker</name>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="327"/>
        <source>This panel&apos;s URL cannot be used: edit the panel to correct it.</source>
        <translation>لا يمكن استخدام رابط هذه اللوحة: عدّل اللوحة لتصحيحه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/poll_worker.py" line="301"/>
        <source>%Ln s</source>
        <extracomment>how long the ending thread waits for HTTP helper threads whose sockets abort() cut</extracomment>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتين</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/runtime/poll_worker.py" line="302"/>
        <source>%Ln min</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتين</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="325"/>
        <source>Orders checked at %1</source>
        <translation>فُحصت الطلبات الساعة %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="331"/>
        <source>The panel asked to slow down; next check in %1.</source>
        <translation>طلبت اللوحة الإبطاء؛ الفحص التالي بعد %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="336"/>
        <source>The panel is unreachable (%1); trying again every %2.</source>
        <translation>تعذّر الوصول إلى اللوحة (%1)؛ ستُعاد المحاولة كل %2.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="340"/>
        <source>Could not record the panel&apos;s answer (%1); next try in %2.</source>
        <translation>تعذّر تسجيل ردّ اللوحة (%1)؛ المحاولة التالية بعد %2.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/errors.py" line="344"/>
        <source>Could not check orders (%1); next try in %2.</source>
        <translation>تعذّر فحص الطلبات (%1)؛ المحاولة التالية بعد %2.</translation>
    </message>
</context>
<context>
    <name>ReconcileDialog</name>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="118"/>
        <source>The balance went from %1 to %2</source>
        <translation>تغيّر الرصيد من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="34"/>
        <source>The balance could not be read now (%1).</source>
        <translation>تعذّرت قراءة الرصيد الآن (%1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="40"/>
        <source>The balance is %1, but there is no reading from before the order to compare with.</source>
        <translation>الرصيد %1، لكن لا توجد قراءة سابقة للطلب للمقارنة بها.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="47"/>
        <source>The order&apos;s cost is unknown, so the balance can&apos;t tell.</source>
        <translation>تكلفة الطلب غير معروفة، لذا لا يكفي الرصيد للحكم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="54"/>
        <source>%1; the order&apos;s cost (%2) is too small to show in the balance.</source>
        <translation>%1؛ تكلفة الطلب (%2) أصغر من أن تظهر في الرصيد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="64"/>
        <source>%1: it dropped by about the order&apos;s cost (%2), so it was probably placed (unless another order was placed meanwhile).</source>
        <translation>%1: انخفض بمقدار تكلفة الطلب تقريبًا (%2)، فالأرجح أنه قُدِّم (ما لم يُقدَّم طلب آخر في الأثناء).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="76"/>
        <source>%1: it did not drop by the order&apos;s cost (%2), so it was probably not placed (unless a refund or a top-up happened meanwhile).</source>
        <translation>%1: لم ينخفض بمقدار تكلفة الطلب (%2)، فالأرجح أنه لم يُقدَّم (ما لم يحدث استرداد أو شحن في الأثناء).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="88"/>
        <source>%1: a change that does not match the order&apos;s cost (%2); other orders, refunds or top-ups happened meanwhile.</source>
        <translation>%1: تغيّر لا يطابق تكلفة الطلب (%2)؛ حدثت في الأثناء طلبات أخرى أو استردادات أو عمليات شحن.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="128"/>
        <source>this order</source>
        <translation>هذا الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="131"/>
        <source>SMMDesk cannot list the panel&apos;s orders through its API, so only you can confirm: open the panel&apos;s website, look in its orders for %1 placed around %2, then enter the order number and choose “Mark as placed”, or choose “It was not placed”.</source>
        <translation>لا يستطيع SMMDesk عرض طلبات اللوحة عبر واجهة API الخاصة بها، لذا وحدك من يستطيع التأكد: افتح موقع اللوحة، وابحث في طلباتها عن %1 المقدَّم نحو %2، ثم أدخل رقم الطلب واختر «تسجيله كمقدَّم»، أو اختر «لم يُقدَّم».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="150"/>
        <source>no answer for it</source>
        <translation>لا ردّ بشأنه</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="72"/>
        <source>Check an unconfirmed order</source>
        <translation>التحقق من طلب غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="87"/>
        <source>SMMDesk sent this order but did not get a usable answer, so it does not know whether the panel placed it. Settle it here before placing it again.</source>
        <translation>أرسل SMMDesk هذا الطلب لكنه لم يتلقَّ ردًّا صالحًا، فلا يعرف إن كانت اللوحة قد قدّمته. احسم أمره هنا قبل تقديمه مجددًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="95"/>
        <source>What is known</source>
        <translation>ما هو معروف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="108"/>
        <source>Service:</source>
        <translation>الخدمة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="109"/>
        <source>Sent at:</source>
        <translation>وقت الإرسال:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="110"/>
        <source>What was sent:</source>
        <translation>ما أُرسل:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="111"/>
        <source>Cost:</source>
        <translation>التكلفة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="112"/>
        <source>What went wrong:</source>
        <translation>ما الخطأ الذي حدث:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="115"/>
        <source>Balance evidence</source>
        <translation>دليل الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="117"/>
        <source>Checking the balance with the panel…</source>
        <translation>جارٍ التحقق من الرصيد لدى اللوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="130"/>
        <source>Your decision</source>
        <translation>قرارك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="133"/>
        <source>It was placed — order id:</source>
        <translation>قُدِّم — رقم الطلب:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="136"/>
        <source>e.g. %1</source>
        <translation>مثل %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="142"/>
        <source>Mark as placed</source>
        <translation>تسجيله كمقدَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="148"/>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="344"/>
        <source>It was not placed</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="151"/>
        <source>Decide later</source>
        <translation>القرار لاحقًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="201"/>
        <source>%1 for quantity %2</source>
        <translation>%1 للكمية %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="212"/>
        <source>No answer from the panel</source>
        <translation>لا رد من اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="229"/>
        <source>The balance suggests it WAS placed.</source>
        <translation>يشير الرصيد إلى أنه قُدِّم فعلًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="230"/>
        <source>The balance suggests it was NOT placed.</source>
        <translation>يشير الرصيد إلى أنه لم يُقدَّم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="231"/>
        <source>The balance cannot tell.</source>
        <translation>لا يكفي الرصيد للحكم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="239"/>
        <source>Balance before: %1 · now: %2</source>
        <translation>الرصيد قبله: %1 · الآن: %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="245"/>
        <source>The balance could not be checked.</source>
        <translation>تعذّر التحقق من الرصيد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="167"/>
        <source>The panel does not confirm order %1 (%2). Check the number on the panel&apos;s orders page.</source>
        <translation>لا تؤكد اللوحة الطلب %1 (%2). تحقّق من الرقم في صفحة الطلبات في اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/reconcile.py" line="158"/>
        <source>Order %1 of this panel is already recorded as local order %2; check the number.</source>
        <translation>الطلب %1 في هذه اللوحة مسجَّل بالفعل بوصفه الطلب المحلي %2؛ تحقّق من الرقم.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="251"/>
        <source>not placed</source>
        <translation>لم يُقدَّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="253"/>
        <source>placed</source>
        <translation>قُدِّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="257"/>
        <source>This order is already settled (%1).</source>
        <translation>حُسم أمر هذا الطلب بالفعل (%1).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="280"/>
        <source>Enter the order number the panel shows.</source>
        <translation>أدخل رقم الطلب الذي تعرضه اللوحة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="284"/>
        <source>Checking order %1 with the panel…</source>
        <translation>جارٍ التحقق من الطلب %1 لدى اللوحة…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="307"/>
        <source>Could not check the order</source>
        <translation>تعذّر التحقق من الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="309"/>
        <source>SMMDesk could not ask the panel about order %1 (%2). Record it as placed without checking?</source>
        <translation>تعذّر على SMMDesk سؤال اللوحة عن الطلب %1 (%2). أتسجّله كمقدَّم دون تحقق؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="314"/>
        <source>Record without checking</source>
        <translation>تسجيل دون تحقق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="320"/>
        <source>Unexpected error: %1</source>
        <translation>خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="339"/>
        <source>Record as not placed?</source>
        <translation>أتسجّله كغير مقدَّم؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/ordering/reconcile.py" line="341"/>
        <source>The balance suggests this order WAS placed. Record it as not placed anyway? Placing it again could pay twice.</source>
        <translation>يشير الرصيد إلى أن هذا الطلب قُدِّم فعلًا. أتسجّله كغير مقدَّم على أي حال؟ قد يعني تقديمه مجددًا الدفع مرتين.</translation>
    </message>
</context>
<context>
    <name>RefillDays</name>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="20"/>
        <source>1 day left</source>
        <translation>بقي يوم واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/refills.py" line="20"/>
        <source>%Ln days left</source>
        <translation>
            <numerusform>لم يبقَ أي يوم</numerusform>
            <numerusform>بقي يوم واحد</numerusform>
            <numerusform>بقي يومان</numerusform>
            <numerusform>بقيت %Ln أيام</numerusform>
            <numerusform>بقي %Ln يومًا</numerusform>
            <numerusform>بقي %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/wording/refills.py" line="23"/>
        <source>The service promises refills for %Ln days.</source>
        <translation>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة %Ln يوم.</numerusform>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة يوم واحد.</numerusform>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة يومين.</numerusform>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة %Ln أيام.</numerusform>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة %Ln يومًا.</numerusform>
            <numerusform>تضمن الخدمة إعادة التعبئة لمدة %Ln يوم.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Refills</name>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="41"/>
        <source>Less than a day left</source>
        <translation>بقي أقل من يوم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="44"/>
        <source>Ended %1</source>
        <translation>انتهت في %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="48"/>
        <source>Lifetime refill</source>
        <translation>إعادة تعبئة مدى الحياة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="50"/>
        <source>No refill</source>
        <translation>بلا إعادة تعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="52"/>
        <source>Refill, days not stated</source>
        <translation>المدة غير مذكورة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="53"/>
        <source>Not known</source>
        <translation>غير معروفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="59"/>
        <source>The service promises refills for life.</source>
        <translation>تضمن الخدمة إعادة التعبئة مدى الحياة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="64"/>
        <source>The panel&apos;s service list says this service has no refill.</source>
        <translation>تقول قائمة خدمات اللوحة إن هذه الخدمة بلا إعادة تعبئة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="67"/>
        <source>The service&apos;s name says it has no refill.</source>
        <translation>يقول اسم الخدمة إنها بلا إعادة تعبئة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="69"/>
        <source>The service offers refills but does not say for how long: the panel decides.</source>
        <translation>تعرض الخدمة إعادة التعبئة لكنها لا تذكر مدتها: اللوحة هي التي تقرر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="73"/>
        <source>Neither the panel&apos;s service list nor the service&apos;s name says whether it refills: the panel decides.</source>
        <translation>لا تذكر قائمة خدمات اللوحة ولا اسم الخدمة هل تُعاد التعبئة: اللوحة هي التي تقرر.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="86"/>
        <source>Ended on %1.</source>
        <translation>انتهت في %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="88"/>
        <source>Ends on %1.</source>
        <translation>تنتهي في %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="91"/>
        <source>SMMDesk never saw when this order finished, so its window is not known.</source>
        <translation>لم يرَ SMMDesk متى انتهى هذا الطلب، فمدة إعادة تعبئته غير معروفة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="97"/>
        <source>The service is not in the panel&apos;s catalogue any more: read from the name saved with the order, “%1”.</source>
        <translation>لم تعد الخدمة في كتالوج اللوحة: قُرئت المدة من الاسم المحفوظ مع الطلب، «%1».</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/refills.py" line="105"/>
        <source>This order was added by its ID when it had already finished: its window may have begun earlier.</source>
        <translation>أُضيف هذا الطلب برقمه بعد أن كان قد انتهى: ربما بدأت مدة إعادة تعبئته قبل ذلك.</translation>
    </message>
</context>
<context>
    <name>RefillsTableModel</name>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="64"/>
        <source>Panel</source>
        <extracomment>the tone of each window state (ending soon stands out; what cannot be refilled is muted) a row being sent has this instead of a result</extracomment>
        <translation>اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="65"/>
        <source>Order</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="66"/>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="67"/>
        <source>Link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="68"/>
        <source>Finished</source>
        <translation>انتهى في</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="69"/>
        <source>Refill window</source>
        <translation>مدة إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="70"/>
        <source>Last refill</source>
        <translation>آخر إعادة تعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="71"/>
        <source>Result</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="212"/>
        <source>Removed panel</source>
        <translation>لوحة محذوفة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="234"/>
        <source>%1 (partial)</source>
        <translation>%1 (جزئي)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="248"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="258"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="265"/>
        <source>Accepted: refill %1</source>
        <translation>مقبول: إعادة التعبئة %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="269"/>
        <source>Refused: “%1”</source>
        <translation>مرفوض: «%1»</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="283"/>
        <source>Asked on %1</source>
        <translation>طُلبت في %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="289"/>
        <source>Refill %1</source>
        <translation>إعادة التعبئة %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/model.py" line="297"/>
        <source>%1: the panel delivered part of it and refunded the rest.</source>
        <translation>%1: نفّذت اللوحة جزءًا منه وأعادت ثمن الباقي.</translation>
    </message>
</context>
<context>
    <name>RefillsWindow</name>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="93"/>
        <source>Refills</source>
        <extracomment>changes arriving together (a poll of many orders) are counted again once the result (the last column) takes the rest of the width</extracomment>
        <translation>إعادات التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="113"/>
        <source>Finished orders and how long their services promise refills, those whose window ends within three days first. Select orders and refill them in one go.</source>
        <translation>الطلبات المنتهية والمدة التي تضمن خدماتُها فيها إعادة التعبئة، وأولها التي تنتهي مدتها خلال ثلاثة أيام. حدّد طلبات وأعد تعبئتها دفعة واحدة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="122"/>
        <source>Orders that can still be refilled</source>
        <translation>الطلبات التي ما زالت قابلة لإعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="123"/>
        <source>All finished orders</source>
        <translation>كل الطلبات المنتهية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="124"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="126"/>
        <source>&amp;Show:</source>
        <translation>ا&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="141"/>
        <source>&amp;Refill Selected</source>
        <translation>أ&amp;عد تعبئة المحدد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="143"/>
        <source>Ask the panels to refill the selected orders (each order&apos;s answer is shown)</source>
        <translation>اطلب من اللوحات إعادة تعبئة الطلبات المحددة (يظهر رد كل طلب)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="156"/>
        <source>Refill windows</source>
        <translation>مدد إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="175"/>
        <source>Select All</source>
        <translation>تحديد الكل</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="252"/>
        <source>1 order</source>
        <translation>طلب واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="252"/>
        <source>%Ln orders</source>
        <translation>
            <numerusform>لا توجد طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="255"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="259"/>
        <source>1 ending soon</source>
        <translation>واحد ينتهي قريبًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="259"/>
        <source>%Ln ending soon</source>
        <translation>
            <numerusform>لا ينتهي أيٌّ منها قريبًا</numerusform>
            <numerusform>واحد ينتهي قريبًا</numerusform>
            <numerusform>اثنان ينتهيان قريبًا</numerusform>
            <numerusform>%Ln تنتهي قريبًا</numerusform>
            <numerusform>%Ln ينتهي قريبًا</numerusform>
            <numerusform>%Ln ينتهي قريبًا</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="322"/>
        <source>Asking the panel to refill 1 order…</source>
        <translation>جارٍ طلب إعادة تعبئة طلب واحد من اللوحة…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="324"/>
        <source>Asking the panels to refill %Ln orders…</source>
        <translation>
            <numerusform>جارٍ طلب إعادة تعبئة %Ln طلب من اللوحات…</numerusform>
            <numerusform>جارٍ طلب إعادة تعبئة طلب واحد من اللوحات…</numerusform>
            <numerusform>جارٍ طلب إعادة تعبئة طلبين من اللوحات…</numerusform>
            <numerusform>جارٍ طلب إعادة تعبئة %Ln طلبات من اللوحات…</numerusform>
            <numerusform>جارٍ طلب إعادة تعبئة %Ln طلبًا من اللوحات…</numerusform>
            <numerusform>جارٍ طلب إعادة تعبئة %Ln طلب من اللوحات…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/orders/refills/window.py" line="332"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
</context>
<context>
    <name>SameLink</name>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="30"/>
        <source>being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="32"/>
        <source>unconfirmed: it may have been placed</source>
        <translation>غير مؤكد: ربما قُدِّم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="34"/>
        <source>status not checked yet</source>
        <translation>لم تُفحص حالته بعد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="45"/>
        <source>unconfirmed order</source>
        <translation>طلب غير مؤكد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="47"/>
        <source>order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/same_link.py" line="51"/>
        <source>%1: %2 — %3 — %4, placed %5</source>
        <translation>%1: %2 — %3 — %4، قُدِّم في %5</translation>
    </message>
</context>
<context>
    <name>ServiceDetails</name>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="218"/>
        <source>Select a service to see its details</source>
        <translation>اختر خدمة لعرض تفاصيلها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="248"/>
        <source>Category:</source>
        <translation>الفئة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="249"/>
        <source>Type:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="250"/>
        <source>Rate:</source>
        <translation>السعر:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="251"/>
        <source>Quantity:</source>
        <translation>الكمية:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="252"/>
        <source>Features:</source>
        <translation>الميزات:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="253"/>
        <source>Your orders:</source>
        <translation>طلباتك:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="257"/>
        <source>Service description</source>
        <translation>وصف الخدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="259"/>
        <source>The panel gives no description.</source>
        <translation>لا تقدّم اللوحة وصفًا.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="312"/>
        <source>%1 (order form: %2)</source>
        <translation>%1 (نموذج الطلب: %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="319"/>
        <source>%1 per package</source>
        <translation>%1 للباقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="321"/>
        <source>%1 per 1000</source>
        <translation>%1 لكل ألف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>not stated by the panel</source>
        <translation>لم تذكر اللوحة ذلك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="353"/>
        <source>counting…</source>
        <translation>جارٍ العدّ…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="378"/>
        <source>%1 – %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="384"/>
        <source>%1 (the panel lists a minimum of %2)</source>
        <translation>%1 (الحد الأدنى في اللوحة %2)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="324"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="337"/>
        <source>Drip-feed: %1</source>
        <translation>التغذية بالتقطير: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="338"/>
        <source>Refill: %1</source>
        <translation>إعادة التعبئة: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/details.py" line="339"/>
        <source>Cancel: %1</source>
        <translation>الإلغاء: %1</translation>
    </message>
</context>
<context>
    <name>ServiceTreeModel</name>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="395"/>
        <source>%1M</source>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="394"/>
        <source>%1B</source>
        <translation>%1 مليار</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/numbers.py" line="393"/>
        <source>%1T</source>
        <extracomment>exact up to this; a larger limit is shown short (&quot;15.5M&quot;), the exact value in a tooltip</extracomment>
        <translation>%1 تريليون</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="38"/>
        <source>Drip-feed</source>
        <translation>التغذية بالتقطير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="39"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="61"/>
        <source>Refill</source>
        <translation>إعادة التعبئة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="40"/>
        <location filename="../../smmdesk/gui/wording/services.py" line="65"/>
        <source>Cancel</source>
        <translation>الإلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="46"/>
        <source>%1: not stated by the panel</source>
        <translation>%1: لم تذكر اللوحة ذلك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="59"/>
        <source>Drip</source>
        <translation>تقطير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="63"/>
        <source>Refill?</source>
        <translation>إعادة التعبئة؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="67"/>
        <source>Cancel?</source>
        <translation>الإلغاء؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="78"/>
        <source>The panel lists this id twice, with different terms: the panel decides which one applies. Costs are estimated at the higher rate.</source>
        <translation>تُدرج اللوحة هذا الرقم مرتين بشروط مختلفة: اللوحة هي التي تقرّر أيّهما يُطبَّق. تُقدَّر التكاليف بالسعر الأعلى.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/wording/services.py" line="87"/>
        <source>Cannot be ordered: the panel&apos;s limits contradict each other (the minimum is above the maximum).</source>
        <translation>لا يمكن طلبها: حدود اللوحة متناقضة (الحد الأدنى أكبر من الحد الأقصى).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="118"/>
        <source>ID</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="119"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="120"/>
        <source>Rate per 1000</source>
        <translation>السعر لكل ألف</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="121"/>
        <source>Min</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="122"/>
        <source>Max</source>
        <translation>الأقصى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="123"/>
        <source>Flags</source>
        <translation>الميزات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="124"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="127"/>
        <source>Service ID on the panel. Double-click it to star or unstar (Ctrl+D).</source>
        <translation>معرّف الخدمة في اللوحة. انقر عليه نقرًا مزدوجًا لإضافة النجمة أو إزالتها (Ctrl+D).</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="129"/>
        <source>Price per 1000 units (packages: per package), in the panel&apos;s currency</source>
        <translation>السعر لكل ألف وحدة (والباقات: لكل باقة)، بعملة اللوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="130"/>
        <source>Smallest quantity you can order</source>
        <translation>أصغر كمية يمكنك طلبها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="131"/>
        <source>Largest quantity you can order</source>
        <translation>أكبر كمية يمكنك طلبها</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="132"/>
        <source>Drip-feed, refill and cancel support</source>
        <translation>دعم التغذية بالتقطير وإعادة التعبئة والإلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="133"/>
        <source>Service type: decides which order form is used</source>
        <translation>نوع الخدمة: يحدّد نموذج الطلب المستخدَم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="187"/>
        <source>★ Favourites</source>
        <translation>★ المفضلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="411"/>
        <source>Service %1: %2</source>
        <translation>الخدمة %1: %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="414"/>
        <source>%1, favourite</source>
        <translation>%1، في المفضلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="460"/>
        <location filename="../../smmdesk/gui/catalog/tree.py" line="167"/>
        <source>%1 per package</source>
        <extracomment>with at most this many matching categories every one is expanded after a search... ...otherwise only the first few: expanding hundreds of categories at once stalls the view the flags and type columns&apos; full widths (they narrow in a narrow pane) top-level rows now expanded, kept from the signals: asking the view row by row costs a Python model call per category set while the pane rebuilds rows: spanning mid-way would force a layout per expand</extracomment>
        <translation>%1 للباقة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="466"/>
        <source>★ In your favourites. Double-click or press Ctrl+D to unstar.</source>
        <translation>★ في مفضلتك. انقر نقرًا مزدوجًا أو اضغط Ctrl+D لإزالة النجمة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="467"/>
        <source>Double-click or press Ctrl+D to add to your favourites.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Ctrl+D للإضافة إلى مفضلتك.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="472"/>
        <source>The panel lists %1; the smallest quantity that can be ordered is %2</source>
        <translation>تذكر اللوحة %1؛ وأصغر كمية يمكن طلبها %2</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="481"/>
        <source>No drip-feed, refill or cancel</source>
        <translation>لا تقطير ولا إعادة تعبئة ولا إلغاء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/catalog/model.py" line="482"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="53"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="87"/>
        <source>Appearance</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="92"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="95"/>
        <source>System default (%1)</source>
        <translation>لغة النظام (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="103"/>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="268"/>
        <source>The new language is used after SMMDesk restarts.</source>
        <translation>تُستخدم اللغة الجديدة بعد إعادة تشغيل SMMDesk.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="112"/>
        <source>Digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="115"/>
        <source>&amp;Digits:</source>
        <translation>الأ&amp;رقام:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="119"/>
        <source>Theme</source>
        <translation>السمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="120"/>
        <source>Follow the system</source>
        <translation>حسب النظام</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="121"/>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="122"/>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="123"/>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="127"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="131"/>
        <source>Status check interval in seconds</source>
        <translation>الفاصل بين عمليات فحص الحالة بالثواني</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="133"/>
        <source> s</source>
        <comment>seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="135"/>
        <source>How often the status of active orders and the balance are fetched.</source>
        <translation>عدد مرات جلب حالة الطلبات النشطة والرصيد.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="138"/>
        <source>Check order &amp;status every:</source>
        <translation>افحص حالة الطلبات &amp;كل:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="144"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="148"/>
        <source>Completed orders</source>
        <translation>الطلبات المكتملة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="149"/>
        <source>Partially completed orders</source>
        <translation>الطلبات المكتملة جزئيًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="150"/>
        <source>Canceled orders</source>
        <translation>الطلبات الملغاة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="151"/>
        <source>Failed orders</source>
        <translation>الطلبات الفاشلة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="152"/>
        <source>Low balance</source>
        <translation>انخفاض الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="153"/>
        <source>Favourite or recent services: rate up or gone</source>
        <translation>الخدمات المفضلة أو المطلوبة مؤخرًا: ارتفع سعرها أو اختفت</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="160"/>
        <source>Notify: %1</source>
        <translation>إشعار: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="163"/>
        <source>Notify me about:</source>
        <translation>أشعرني بـ:</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="242"/>
        <source>As the language writes them (%1)</source>
        <translation>كما تكتبها اللغة (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="243"/>
        <source>Western digits (%1)</source>
        <translation>أرقام غربية (%1)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="267"/>
        <source>Restart SMMDesk?</source>
        <translation>هل تريد إعادة تشغيل SMMDesk؟</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="269"/>
        <source>Open windows close; orders keep being tracked after the restart.</source>
        <translation>ستُغلق النوافذ المفتوحة، وتستمر متابعة الطلبات بعد إعادة التشغيل.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="270"/>
        <source>Restart now</source>
        <translation>أعد التشغيل الآن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/settings_dialog.py" line="271"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="65"/>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="68"/>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="69"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/widgets/shortcuts.py" line="69"/>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
</context>
<context>
    <name>SpendingWindow</name>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="91"/>
        <source>Spending</source>
        <extracomment>groups drawn one by one in the charts; the rest are summed as &quot;Other groups&quot; the most buckets whose names fit under the time chart the palette of the groups, distinguishable in light and dark themes</extracomment>
        <translation>الإنفاق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="106"/>
        <source>Spending over time</source>
        <translation>الإنفاق عبر الزمن</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="109"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="116"/>
        <source>Spending by group</source>
        <translation>الإنفاق حسب المجموعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="151"/>
        <source>By day</source>
        <translation>يوميًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="152"/>
        <source>By week</source>
        <translation>أسبوعيًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="153"/>
        <source>By month</source>
        <translation>شهريًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="158"/>
        <source>Per panel</source>
        <translation>لكل لوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="159"/>
        <source>Per service</source>
        <translation>لكل خدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="160"/>
        <source>Per platform</source>
        <translation>لكل منصة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="161"/>
        <source>Per product</source>
        <translation>لكل نوع خدمة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="165"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="166"/>
        <source>Only the orders the &amp;orders view shows</source>
        <translation>الطلبات الظاهرة في &amp;عرض الطلبات فقط</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="167"/>
        <source>&amp;Export CSV…</source>
        <translation>ت&amp;صدير CSV…</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="173"/>
        <source>&amp;From</source>
        <translation>&amp;من</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="175"/>
        <source>&amp;To</source>
        <translation>إ&amp;لى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="177"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="178"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="193"/>
        <source>Other groups</source>
        <translation>مجموعات أخرى</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="199"/>
        <source>Service not named</source>
        <translation>خدمة بلا اسم</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="256"/>
        <source>The orders could not be read: %1</source>
        <translation>تعذّرت قراءة الطلبات: %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="268"/>
        <source>Currency not stated</source>
        <translation>عملة غير مذكورة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="289"/>
        <source>Not counted: 1 order whose placement is unknown (it may or may not have been paid for; settle it in the orders view).</source>
        <translation>غير محتسب: طلب واحد نتيجة تقديمه مجهولة (ربما دُفع ثمنه وربما لا؛ احسم أمره في عرض الطلبات).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="294"/>
        <source>Not counted: %Ln orders whose placement is unknown (they may or may not have been paid for; settle them in the orders view).</source>
        <translation>
            <numerusform>غير محتسب: لا طلبات نتيجة تقديمها مجهولة.</numerusform>
            <numerusform>غير محتسب: طلب واحد نتيجة تقديمه مجهولة (ربما دُفع ثمنه وربما لا؛ احسم أمره في عرض الطلبات).</numerusform>
            <numerusform>غير محتسب: طلبان نتيجة تقديمهما مجهولة (ربما دُفع ثمنهما وربما لا؛ احسم أمرهما في عرض الطلبات).</numerusform>
            <numerusform>غير محتسب: %Ln طلبات نتيجة تقديمها مجهولة (ربما دُفع ثمنها وربما لا؛ احسم أمرها في عرض الطلبات).</numerusform>
            <numerusform>غير محتسب: %Ln طلبًا نتيجة تقديمها مجهولة (ربما دُفع ثمنها وربما لا؛ احسم أمرها في عرض الطلبات).</numerusform>
            <numerusform>غير محتسب: %Ln طلب نتيجة تقديمها مجهولة (ربما دُفع ثمنها وربما لا؛ احسم أمرها في عرض الطلبات).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="305"/>
        <source>No money was spent between these dates.</source>
        <translation>لم يُنفَق أي مال بين هذين التاريخين.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="313"/>
        <source>%1 spent on 1 order between %2 and %3.</source>
        <translation>أُنفق %1 على طلب واحد بين %2 و%3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="315"/>
        <source>%1 spent on %Ln orders between %2 and %3.</source>
        <translation>
            <numerusform>أُنفق %1 على لا طلبات بين %2 و%3.</numerusform>
            <numerusform>أُنفق %1 على طلب واحد بين %2 و%3.</numerusform>
            <numerusform>أُنفق %1 على طلبين بين %2 و%3.</numerusform>
            <numerusform>أُنفق %1 على %Ln طلبات بين %2 و%3.</numerusform>
            <numerusform>أُنفق %1 على %Ln طلبًا بين %2 و%3.</numerusform>
            <numerusform>أُنفق %1 على %Ln طلب بين %2 و%3.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <location filename="../../smmdesk/gui/money/spending.py" line="465"/>
        <source>Spent</source>
        <translation>المُنفَق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="120"/>
        <source>Share</source>
        <translation>النسبة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="372"/>
        <source>Spending from %1 to %2 (%3)</source>
        <translation>الإنفاق من %1 إلى %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="420"/>
        <source>By group</source>
        <translation>حسب المجموعة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="460"/>
        <source>Export Spending</source>
        <translation>تصدير الإنفاق</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="461"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="471"/>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="472"/>
        <source>The figures could not be written to %1.</source>
        <translation>تعذّرت كتابة الأرقام في %1.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/money/spending.py" line="479"/>
        <source>Exported 1 row of spending to %1</source>
        <translation>صُدِّر صف واحد من الإنفاق إلى %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/money/spending.py" line="481"/>
        <source>Exported %Ln rows of spending to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي صف من الإنفاق إلى %1</numerusform>
            <numerusform>صُدِّر صف واحد من الإنفاق إلى %1</numerusform>
            <numerusform>صُدِّر صفان من الإنفاق إلى %1</numerusform>
            <numerusform>صُدِّرت %Ln صفوف من الإنفاق إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صفًا من الإنفاق إلى %1</numerusform>
            <numerusform>صُدِّر %Ln صف من الإنفاق إلى %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="80"/>
        <source>Show SMMDesk</source>
        <translation>إظهار SMMDesk</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="262"/>
        <source>Low balance</source>
        <translation>انخفاض الرصيد</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="188"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="227"/>
        <source>Order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="134"/>
        <source>%Ln orders finished</source>
        <translation>
            <numerusform>انتهى %Ln طلب</numerusform>
            <numerusform>انتهى طلب واحد</numerusform>
            <numerusform>انتهى طلبان</numerusform>
            <numerusform>انتهت %Ln طلبات</numerusform>
            <numerusform>انتهى %Ln طلبًا</numerusform>
            <numerusform>انتهى %Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="75"/>
        <source>Quit SMMDesk</source>
        <extracomment>notification kinds, each mutable in the settings</extracomment>
        <translation>الخروج من SMMDesk</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="171"/>
        <source>%Ln active orders</source>
        <translation>
            <numerusform>لا توجد طلبات نشطة</numerusform>
            <numerusform>طلب نشط واحد</numerusform>
            <numerusform>طلبان نشطان</numerusform>
            <numerusform>%Ln طلبات نشطة</numerusform>
            <numerusform>%Ln طلبًا نشطًا</numerusform>
            <numerusform>%Ln طلب نشط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="245"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="247"/>
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 و%Ln غيرها</numerusform>
            <numerusform>%1 وطلب آخر</numerusform>
            <numerusform>%1 وطلبان آخران</numerusform>
            <numerusform>%1 و%Ln طلبات أخرى</numerusform>
            <numerusform>%1 و%Ln طلبًا آخر</numerusform>
            <numerusform>%1 و%Ln طلب آخر</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="254"/>
        <source>Panel %1</source>
        <translation>اللوحة %1</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="258"/>
        <source>Order completed</source>
        <translation>اكتمل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="259"/>
        <source>Order partially completed</source>
        <translation>اكتمل الطلب جزئيًا</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="260"/>
        <source>Order canceled</source>
        <translation>أُلغي الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="261"/>
        <source>Order failed</source>
        <translation>فشل الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/tray.py" line="263"/>
        <source>Favourite or recent service changed</source>
        <translation>تغيّرت خدمة مفضلة أو طُلبت مؤخرًا</translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="272"/>
        <source>%Ln orders completed</source>
        <translation>
            <numerusform>اكتمل %Ln طلب</numerusform>
            <numerusform>اكتمل طلب واحد</numerusform>
            <numerusform>اكتمل طلبان</numerusform>
            <numerusform>اكتملت %Ln طلبات</numerusform>
            <numerusform>اكتمل %Ln طلبًا</numerusform>
            <numerusform>اكتمل %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="273"/>
        <source>%Ln orders partially completed</source>
        <translation>
            <numerusform>اكتمل %Ln طلب جزئيًا</numerusform>
            <numerusform>اكتمل طلب واحد جزئيًا</numerusform>
            <numerusform>اكتمل طلبان جزئيًا</numerusform>
            <numerusform>اكتملت %Ln طلبات جزئيًا</numerusform>
            <numerusform>اكتمل %Ln طلبًا جزئيًا</numerusform>
            <numerusform>اكتمل %Ln طلب جزئيًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="274"/>
        <source>%Ln orders canceled</source>
        <translation>
            <numerusform>أُلغي %Ln طلب</numerusform>
            <numerusform>أُلغي طلب واحد</numerusform>
            <numerusform>أُلغي طلبان</numerusform>
            <numerusform>أُلغيت %Ln طلبات</numerusform>
            <numerusform>أُلغي %Ln طلبًا</numerusform>
            <numerusform>أُلغي %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="275"/>
        <source>%Ln orders failed</source>
        <translation>
            <numerusform>فشل %Ln طلب</numerusform>
            <numerusform>فشل طلب واحد</numerusform>
            <numerusform>فشل طلبان</numerusform>
            <numerusform>فشلت %Ln طلبات</numerusform>
            <numerusform>فشل %Ln طلبًا</numerusform>
            <numerusform>فشل %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="280"/>
        <source>%Ln completed</source>
        <translation>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
            <numerusform>مكتملة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="281"/>
        <source>%Ln partially completed</source>
        <translation>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
            <numerusform>مكتملة جزئيًا: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="282"/>
        <source>%Ln canceled</source>
        <translation>
            <numerusform>ملغاة: %Ln</numerusform>
            <numerusform>ملغاة: %Ln</numerusform>
            <numerusform>ملغاة: %Ln</numerusform>
            <numerusform>ملغاة: %Ln</numerusform>
            <numerusform>ملغاة: %Ln</numerusform>
            <numerusform>ملغاة: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../smmdesk/gui/tray.py" line="283"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
            <numerusform>فاشلة: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="96"/>
        <source>Welcome to SMMDesk</source>
        <translation>مرحبًا بك في SMMDesk</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="106"/>
        <source>Browse your SMM panel&apos;s services, place orders and follow them from one fast desktop window.</source>
        <translation>تصفّح خدمات لوحة SMM الخاصة بك، وقدّم الطلبات وتابعها من نافذة سطح مكتب واحدة سريعة.</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="117"/>
        <source>Try the demo panel</source>
        <translation>جرّب اللوحة التجريبية</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="118"/>
        <source>A built-in practice panel with demo money — no account needed</source>
        <translation>لوحة تدريب مدمجة برصيد تجريبي — دون الحاجة إلى حساب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="122"/>
        <source>Connect a panel</source>
        <translation>اربط لوحة</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="123"/>
        <source>Use the API key from your panel&apos;s API page</source>
        <translation>استخدم مفتاح API من صفحة API في لوحتك</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/panels/welcome.py" line="129"/>
        <source>Your API key is stored only in the system keyring.</source>
        <translation>يُحفظ مفتاح API الخاص بك في مخزن المفاتيح في النظام فقط.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../smmdesk/gui/workspace.py" line="52"/>
        <source>Order form</source>
        <extracomment>settings key of each splitter&apos;s state</extracomment>
        <translation>نموذج الطلب</translation>
    </message>
    <message>
        <location filename="../../smmdesk/gui/workspace.py" line="60"/>
        <source>Service details</source>
        <translation>تفاصيل الخدمة</translation>
    </message>
</context>
</TS>
