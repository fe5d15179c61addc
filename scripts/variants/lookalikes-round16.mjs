// Session 16's look-alikes (round 16, written BLIND: nothing under src/, tests/ or docs/ was opened, no scorer was run
// and no score read). Genuine article text that uses a call's words, imperatives or containers for the article's own
// purpose, and must stay: tutorials ("Make sure these files are readable by root!", "If you get errors on zlib, make
// sure…", "Click Save, then restart the service."), numbered steps, recipes' imperatives, a review that needs the
// companion app, a court order's fine, a police force's quoted post, a museum's opening hours and audio guide, a
// fundraiser, a petition, an app's rating and a Discord server reported as news, a rhetorical question put to the
// reader in prose, one-line paragraphs that address the reader as part of the story ("You read that right."), and
// several in the containers this round's calls use (a pull quote, a table's foot row, a dinkus, a closed details
// block, a Notion or Obsidian callout, a docs admonition, an asterisk footnote, a QR code's and an audio player's
// caption). [name, html]; per language, the English ones on every page. The other languages are in
// lookalikes-round16b.mjs. The name hash splits them into dev and held halves as always.
import { ROUND16B_LOOKALIKES } from './lookalikes-round16b.mjs';

const P = (t) => `<p>${t}</p>`;
export const ROUND16_LOOKALIKES = {
  en: [
    ['r16-tutorial-readable-by-root', P('Make sure these files are readable by root! Otherwise the daemon starts, logs nothing and quietly serves the default page.')],
    ['r16-tutorial-zlib-errors', P('If you get errors on zlib, make sure the development headers are installed (zlib1g-dev on Debian) and run configure again.')],
    ['r16-tutorial-click-save-restart', P('Click Save, then restart the service. The new certificate is only picked up when nginx reloads.')],
    ['r16-tutorial-ol-add-account', '<ol><li>Open Settings and choose Accounts.</li><li>Tap Add account, then Exchange.</li><li>Enter your work address and follow the prompts.</li></ol>'],
    ['r16-tutorial-allow-list-router', P('Add the printer’s address to the allow list, then reboot the router; the firewall blocks unknown devices by default.')],
    ['r16-tutorial-share-folder', P('Right-click the folder, choose Share, and add the people who need to see it; they get an email with a link.')],
    ['r16-admonition-warning-backup', '<div class="admonition warning"><p class="admonition-title">Warning</p><p>Back up the database before you run the migration; it cannot be undone.</p></div>'],
    ['r16-callout-tip-dry-run', '<blockquote class="callout" data-callout="tip"><div class="callout-title"><div class="callout-title-inner">Tip</div></div><div class="callout-content"><p>Run the command with --dry-run first to see which files it would delete.</p></div></blockquote>'],
    ['r16-recipe-whisk-fold', P('Whisk the eggs with the sugar until pale, then fold in the flour in three goes. Don’t overmix.')],
    ['r16-review-companion-app', P('You will need to download the companion app to change the buttons, which is a shame: the earbuds work fine without it, but the default layout puts volume on a long press.')],
    ['r16-court-order-fine', P('Under the order, anyone who shares the footage online faces a fine of up to €20,000, the court said.')],
    ['r16-police-post-quoted', '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Please stop sending us pictures of the flooded underpass and stay away from it. Crews are on their way. <a href="https://twitter.com/hashtag/Northbay?src=hash">#Northbay</a></p>— Northbay Police (@NorthbayPolice) <a href="https://twitter.com/NorthbayPolice/status/1790012345678901234">March 3, 2026</a></blockquote>'],
    ['r16-museum-opening-hours', P('The museum is open Tuesday to Sunday, 10 a.m. to 6 p.m.; entry is free on the first Sunday of the month. Book timed tickets online for the Turner rooms.')],
    ['r16-museum-audio-guide', P('Visitors can download the audio guide before they arrive or borrow a handset at the desk.')],
    ['r16-fundraiser-van', P('The appeal, launched by her sister on a crowdfunding site, has raised £38,000 towards a specially adapted van; donations poured in after the club shared the story.')],
    ['r16-petition-lido', P('A petition calling on the council to keep the lido open has gathered 12,400 signatures, enough to force a debate at the next full council meeting.')],
    ['r16-history-petition-1913', P('In 1913 the suffragists collected 60,000 signatures on a petition that the town clerk refused to forward to Parliament.')],
    ['r16-bin-app-rating', P('The council’s bin app has an average rating of 1.8 stars on the App Store, where residents complain that it still lists collection days from 2023.')],
    ['r16-walkout-discord', P('The students organised the walkout on a Discord server with 900 members, according to messages seen by this newspaper.')],
    ['r16-preorders-sold-out', P('Pre-orders for the handheld opened on Friday and sold out in eleven minutes, the retailer said, before its site crashed under the traffic.')],
    ['r16-preferred-sources-report', P('Google began letting users pick “preferred sources” for Top Stories in 2025, a change publishers have since urged their readers to act on.')],
    ['r16-emergency-alert-3am', P('The emergency alert, sent to every phone in the county at 3.14 a.m., told residents to move to higher ground and not to wait for a knock on the door.')],
    ['r16-follow-for-part-two', P('The video, which tells viewers to “follow for part two”, has been watched four million times; part two never appeared.')],
    ['r16-rhetorical-sandwich', P('Would you pay £9 for a sandwich? Thousands of commuters at the new station already do, every morning, because nothing else is open before seven.')],
    ['r16-one-line-read-that-right', P('You read that right.')],
    ['r16-one-line-yes-really', P('Yes, really: the bus is free from Monday.')],
    ['r16-one-line-bear-with-me', P('Bear with me here.')],
    ['r16-one-line-what-now', P('So what happens now?')],
    ['r16-one-line-spoiler', P('Spoiler: it didn’t work.')],
    ['r16-quote-listen-river', P('“Listen to the river,” her grandfather used to say. “It tells you when to leave.”')],
    ['r16-pullquote-sign-up-june', '<figure class="wp-block-pullquote"><blockquote><p>“We told people to sign up for the alerts. Nobody thought they would need them in June.”</p><cite>Maria Kovac, emergency planner</cite></blockquote></figure>'],
    ['r16-table-tfoot-source', '<table><thead><tr><th>Year</th><th>Members</th></tr></thead><tbody><tr><td>2019</td><td>1,120</td></tr><tr><td>2025</td><td>3,480</td></tr></tbody><tfoot><tr><td colspan="2">Source: club annual reports. Figures for 2025 are provisional.</td></tr></tfoot></table>'],
    ['r16-dinkus-three-weeks-later', '<p style="text-align:center">* * *</p><p>Three weeks later, the letter arrived. It was not from the council.</p>'],
    ['r16-details-methodology', '<details><summary>How we did this analysis</summary><p>We compared 4,200 planning applications filed between 2019 and 2025 with the council’s published decisions, and asked the council to check our figures.</p></details>'],
    ['r16-notion-callout-household', '<div class="notion-callout bg-yellow-light"><div class="notion-callout__icon">💡</div><div class="notion-callout__content"><p>The figures above are for a household of two adults; add roughly a fifth for each child.</p></div></div>'],
    ['r16-footnote-names-changed', '<p class="footnote"><sup>*</sup> Names have been changed to protect the families’ privacy.</p>'],
    ['r16-qr-menu-caption', '<figure><img src="/wp-content/uploads/2026/01/qr-menu.jpg" alt="" width="800" height="533"><figcaption>Diners scan a QR code to order at the café, which has no printed menus. Photo: L. Osei</figcaption></figure>'],
    ['r16-audio-foghorn-caption', '<figure class="wp-block-audio"><audio controls src="/audio/2026/foghorn-1962.mp3"></audio><figcaption>The foghorn, recorded by a BBC engineer in 1962.</figcaption></figure>'],
    ['r16-hr-strong-timeline', '<hr><p><strong>What happens next.</strong><br><small>The inquiry reports in the autumn; the council has said it will not appeal.</small></p>'],
    // More English ones (the hash had put most of the first set in the held half, and the English ones go on every page).
    ['r16-tutorial-chmod-key', P('Run chmod 600 on the key file, then try the connection again; ssh refuses keys that other users can read.')],
    ['r16-tutorial-restart-browser', P('Close every browser window, not just the tab, and open it again: the extension only loads on a fresh start.')],
    ['r16-admonition-note-appdata', '<div class="admonition note"><p class="admonition-title">Note</p><p>On Windows the configuration file lives in %APPDATA%, not in your home folder.</p></div>'],
    ['r16-recipe-season-serve', P('Season generously, taste, and season again. Serve with crusty bread and a green salad.')],
    ['r16-steps-ol-roast-squash', '<ol><li>Preheat the oven to 200°C.</li><li>Toss the squash in oil and salt.</li><li>Roast for 35 minutes, turning once.</li></ol>'],
    ['r16-ballot-instructions', P('Mark one cross only, in the box next to the candidate of your choice. Do not sign the ballot paper.')],
    ['r16-road-closure-notice', P('The A38 will be closed northbound between junctions 4 and 5 from 8 p.m. on Friday; drivers should follow the signed diversion.')],
    ['r16-library-longer-hours', P('The library reopens on Monday with longer hours: 9 a.m. to 8 p.m. on weekdays and 10 a.m. to 4 p.m. on Saturdays.')],
    ['r16-review-four-stars', P('We rate it four stars out of five: the battery is superb, but the app still cannot export your routes.')],
    ['r16-channel-paying-members', P('The channel earns most of its income from 4,000 paying members, who get early access to videos and a monthly live stream.')],
    ['r16-forwarded-email-parents', P('The email, forwarded to hundreds of parents, asked them to “sign up today” for a scheme the school had never approved.')],
    ['r16-hospice-fundraising', P('The hospice has to raise £1.2 million a year from donations, its chief executive said, and has cancelled two of its summer fundraising events.')],
    ['r16-quote-stay-tuned', P('“Stay tuned,” the minister wrote on Threads on Sunday night, and then posted nothing for a week.')],
    ['r16-rhetorical-who-pays', P('Who pays for all this? Not the developer, it turns out.')],
    ['r16-one-line-wait-for-it', P('Wait for it.')],
    ['r16-one-line-hear-me-out', P('Hear me out.')],
    ['r16-one-line-guess-what', P('Guess what happened next.')],
    ['r16-tutorial-if-port-busy', P('If you see “address already in use”, another program is on port 8080: stop it, or change the port in config.yml and start again.')],
    ['r16-tutorial-clear-cookies-login', P('Sign out, clear the site’s cookies, and sign back in; the old session token is what keeps sending you to the error page.')],
    ['r16-recipe-leave-overnight', P('Cover the bowl and leave it in the fridge overnight. Don’t skip this: the dough is unworkable while it is warm.')],
    ['r16-gallery-photo-rules', P('Photography is allowed in the permanent galleries, but not in the Hokusai exhibition; flash and tripods are banned throughout.')],
    ['r16-pharmacy-rota-notice', P('Over the holiday weekend the pharmacy on Mill Street is open 10 a.m. to 2 p.m.; at other times, call 111 for the nearest duty pharmacy.')],
    ['r16-reported-unsubscribe-wave', P('Some 40,000 people unsubscribed from the party’s mailing list in the week after the leak, according to figures seen by the BBC.')],
  ],
  es: [
    ['r16-es-tutorial-permisos', P('Asegúrate de que el usuario www-data puede leer estos archivos; si no, el servidor devolverá un error 403 sin más explicación.')],
    ['r16-es-museo-horario', P('El museo abre de martes a domingo, de 10.00 a 19.00. La entrada es gratuita los miércoles por la tarde; conviene reservar en la web.')],
    ['r16-es-frase-corta', P('Sí, has leído bien.')],
  ],
  fr: [
    ['r16-fr-tuto-enregistrer', P('Cliquez sur Enregistrer, puis redémarrez le service : la nouvelle configuration n’est lue qu’au démarrage.')],
    ['r16-fr-petition-parents', P('La pétition lancée par les parents d’élèves a recueilli plus de 8 000 signatures en une semaine.')],
    ['r16-fr-question-bus', P('Qui n’a jamais attendu un bus qui ne venait pas ? À Brest, c’est devenu la règle depuis la rentrée.')],
  ],
  de: [
    ['r16-de-anleitung-root-lesbar', P('Achten Sie darauf, dass die Dateien für root lesbar sind – sonst startet der Dienst zwar, liefert aber nur eine leere Seite aus.')],
    ['r16-de-museum-oeffnungszeiten', P('Das Museum ist dienstags bis sonntags von 10 bis 18 Uhr geöffnet, donnerstags bis 20 Uhr. Zeitfenstertickets gibt es online.')],
    ['r16-de-richtig-gelesen', P('Richtig gelesen.')],
  ],
  pt: [
    ['r16-pt-tutorial-salvar', P('Clique em Salvar e reinicie o serviço; sem isso, o certificado novo não é carregado.')],
    ['r16-pt-vaquinha-enchente', P('A vaquinha criada pela família já arrecadou R$ 42 mil para a reforma da casa, atingida pela enchente de maio.')],
  ],
  it: [
    ['r16-it-tutorial-zlib', P('Se compaiono errori su zlib, assicuratevi di aver installato i pacchetti di sviluppo e rilanciate configure.')],
    ['r16-it-ricetta-montate', P('Montate le uova con lo zucchero finché il composto diventa chiaro e spumoso, poi incorporate la farina setacciata in tre volte.')],
  ],
  ru: [
    ['r16-ru-instruktsiya-root', P('Убедитесь, что эти файлы доступны для чтения пользователю root, иначе служба запустится, но будет отдавать пустую страницу.')],
    ['r16-ru-muzei-chasy', P('Музей открыт со вторника по воскресенье с 10:00 до 19:00, по четвергам — до 21:00. Билеты на определённое время лучше покупать на сайте.')],
    ['r16-ru-vopros-avtobus', P('Кто из нас не ждал автобус, который так и не пришёл? В Твери это теперь обычное дело.')],
  ],
  ar: [
    ['r16-ar-dalil-hifz', P('اضغط على «حفظ»، ثم أعد تشغيل الخدمة حتى تُطبَّق الإعدادات الجديدة.')],
    ['r16-ar-hamla-makhbaz', P('جمعت حملة التبرعات التي أطلقها الجيران أكثر من ٤٠ ألف دينار لإعادة بناء المخبز الذي دمّره الحريق.')],
  ],
  hi: [
    ['r16-hi-tutorial-save', P('सेव पर क्लिक करें और फिर सर्विस को रीस्टार्ट करें, तभी नई सेटिंग लागू होगी।')],
    ['r16-hi-sangrahalay-samay', P('संग्रहालय मंगलवार से रविवार तक सुबह 10 बजे से शाम 5 बजे तक खुला रहता है; सोमवार को बंद रहता है।')],
  ],
  id: [
    ['r16-id-tutorial-root', P('Pastikan berkas-berkas ini bisa dibaca oleh root; jika tidak, layanan akan berjalan tetapi hanya menampilkan halaman kosong.')],
    ['r16-id-petisi-pohon', P('Petisi warga yang menolak penebangan pohon di Jalan Dago sudah ditandatangani lebih dari 15 ribu orang.')],
  ],
  ja: [
    ['r16-ja-tejun-hozon', P('「保存」をクリックしてから、サービスを再起動してください。再起動しないと新しい設定は反映されません。')],
    ['r16-ja-bijutsukan-jikan', P('美術館の開館時間は午前10時から午後6時まで（入館は閉館の30分前まで）。月曜休館。')],
    ['r16-ja-hontou-nanoda', P('そう、本当なのだ。')],
  ],
  zh: [
    ['r16-zh-jiaocheng-root', P('请确认这些文件对 root 用户可读，否则服务虽然能启动，却只会返回空白页面。')],
    ['r16-zh-bowuguan-shijian', P('博物馆周二至周日开放，时间为上午9点至下午5点，周一闭馆；参观需提前在官网预约。')],
  ],
  tr: [
    ['r16-tr-kurulum-kaydet', P('Kaydet’e tıklayın, ardından servisi yeniden başlatın; yeni ayarlar ancak o zaman devreye girer.')],
    ['r16-tr-kampanya-firin', P('Mahalleli, yanan fırının yeniden açılması için başlattığı kampanyada bir haftada 300 bin lira topladı.')],
  ],
  pl: [
    ['r16-pl-poradnik-zlib', P('Jeśli pojawią się błędy związane z zlib, upewnij się, że masz zainstalowane pakiety deweloperskie, i uruchom configure ponownie.')],
    ['r16-pl-pytanie-autobus', P('Kto z nas nie czekał na autobus, który nie przyjechał? W Olsztynie to od września codzienność.')],
  ],
  nl: [
    ['r16-nl-handleiding-opslaan', P('Klik op Opslaan en herstart daarna de service; pas dan wordt het nieuwe certificaat geladen.')],
    ['r16-nl-museum-openingstijden', P('Het museum is open van dinsdag tot en met zondag van 10.00 tot 17.00 uur. Reserveer vooraf een tijdslot via de website.')],
  ],
  he: [
    ['r16-he-madrich-root', P('ודאו שהקבצים ניתנים לקריאה על ידי root, אחרת השירות יעלה אבל יציג דף ריק.')],
    ['r16-he-gius-hamonim', P('קמפיין גיוס ההמונים שהקימו השכנים גייס יותר מ־200 אלף שקל לשיקום המאפייה שנשרפה.')],
  ],
  uk: [
    ['r16-uk-instruktsiia-zberehty', P('Натисніть «Зберегти», а потім перезапустіть службу — лише тоді нові налаштування запрацюють.')],
    ['r16-uk-muzei-hrafik', P('Музей працює з вівторка по неділю з 10:00 до 18:00; у понеділок — вихідний.')],
  ],
  vi: [
    ['r16-vi-huong-dan-luu', P('Nhấn Lưu rồi khởi động lại dịch vụ; cấu hình mới chỉ có hiệu lực sau khi khởi động lại.')],
    ['r16-vi-quyen-gop-tiem-banh', P('Chiến dịch quyên góp do hàng xóm phát động đã thu được hơn 200 triệu đồng để sửa lại tiệm bánh bị cháy.')],
  ],
  ko: [
    ['r16-ko-seolmyeong-jeojang', P('‘저장’을 누른 뒤 서비스를 다시 시작하세요. 재시작하지 않으면 새 설정이 적용되지 않습니다.')],
    ['r16-ko-bangmulgwan-sigan', P('박물관은 화요일부터 일요일까지 오전 10시부터 오후 6시까지 문을 열며, 월요일은 휴관한다.')],
  ],
};
for (const [lang, list] of Object.entries(ROUND16B_LOOKALIKES)) ROUND16_LOOKALIKES[lang] = [...(ROUND16_LOOKALIKES[lang] ?? []), ...list];
